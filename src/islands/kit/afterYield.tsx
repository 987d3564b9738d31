/**
 * An island's view drawn one task after its code has run: Astro evaluates an island's modules
 * and renders it in the same task, which on a slow phone is one long task; drawing in the next
 * task lets the browser handle input in between (issue 15). Only for client:only islands:
 * their server view is empty anyway, so the page looks the same, only a task later.
 */
import { Component, type ComponentType, h } from 'preact';

export function afterYield<P extends object>(View: ComponentType<P>): ComponentType<P> {
  return class AfterYield extends Component<P, { ready: boolean }> {
    override state = { ready: false };
    private timer?: ReturnType<typeof setTimeout>;
    override componentDidMount() {
      this.timer = setTimeout(() => this.setState({ ready: true }), 0);
    }
    override componentWillUnmount() {
      clearTimeout(this.timer);
    }
    override render(props: P) {
      return this.state.ready ? h(View, props) : null;
    }
  };
}
