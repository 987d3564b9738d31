/**
 * A textarea that keeps what the user is typing while it has focus: when another tab saves
 * the same assessment, the stored value arrives here too, and a plain controlled textarea would
 * be reset to that (slightly older) copy in the middle of typing, losing characters. While
 * focused it shows its own text; on blur it shows the stored value again. The store keeps this
 * tab's unsaved changes on top of what it reads (src/lib/store-core.ts), so the stored value
 * shown after blur is this tab's own text unless a newer change was made elsewhere.
 * Use it inside the kit's Field (which gives it id and aria attributes, passed on here).
 */
// A class component, not hooks: it once ran on the chapter pages, which load no preact/hooks
// (issue 15). The chapter pages now only render it on the server; their script
// (assessment/chapter-upgrade.ts) keeps typed text by the same rule.
import { Component, type JSX } from 'preact';

type Props = Omit<JSX.TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onInput' | 'onFocus' | 'onBlur'> & {
  value: string;
  /** Called with the new text on every input. */
  onValue: (value: string) => void;
};

export class TypingTextarea extends Component<Props, { typing: string | null }> {
  override state = { typing: null as string | null };

  override render({ value, onValue, ...rest }: Props) {
    const { typing } = this.state;
    return (
      <textarea
        {...rest}
        value={typing ?? value}
        onFocus={(e) => this.setState({ typing: e.currentTarget.value })}
        onBlur={() => this.setState({ typing: null })}
        onInput={(e) => {
          const text = e.currentTarget.value;
          this.setState({ typing: text });
          onValue(text);
        }}
      />
    );
  }
}
