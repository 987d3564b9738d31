/**
 * An island's view drawn a task after its code has run: Astro evaluates an island's modules
 * and renders it in the same task, which on a slow phone is one long task; drawing later lets
 * the browser handle input in between (issue 15). `prepare`, when given, runs in a task of its
 * own before the view: reading the stores there (they cache what they parsed) leaves the view's
 * task only the drawing. Only for client:only islands: their server view is empty anyway, so
 * the page looks the same, only a few tasks later. The scheduling is src/lib/tasks.ts.
 */
import { Component, type ComponentType, h } from 'preact';
import { inSeparateTasks } from '../../lib/tasks';

export function afterYield<P extends object>(View: ComponentType<P>, prepare?: () => void): ComponentType<P> {
  return class AfterYield extends Component<P, { ready: boolean }> {
    override state = { ready: false };
    private cancel?: () => void;
    override componentDidMount() {
      const draw = () => this.setState({ ready: true });
      this.cancel = inSeparateTasks(prepare ? [prepare, draw] : [draw]);
    }
    override componentWillUnmount() {
      this.cancel?.();
    }
    override render(props: P) {
      return this.state.ready ? h(View, props) : null;
    }
  };
}
