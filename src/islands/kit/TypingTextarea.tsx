/**
 * A textarea that keeps what the user is typing while it has focus: when another tab saves
 * the same assessment, the stored value arrives here too, and a plain controlled textarea would
 * be reset to that (slightly older) copy in the middle of typing, losing characters. While
 * focused it shows its own text; on blur it shows the stored value again. The store keeps this
 * tab's unsaved changes on top of what it reads (src/lib/store-core.ts), so the stored value
 * shown after blur is this tab's own text unless a newer change was made elsewhere.
 * Use it inside the kit's Field (which gives it id and aria attributes, passed on here).
 */
import { useState } from 'preact/hooks';
import type { JSX } from 'preact';

type Props = Omit<JSX.TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onInput' | 'onFocus' | 'onBlur'> & {
  value: string;
  /** Called with the new text on every input. */
  onValue: (value: string) => void;
};

export function TypingTextarea({ value, onValue, ...rest }: Props) {
  const [typing, setTyping] = useState<string | null>(null);
  return (
    <textarea
      {...rest}
      value={typing ?? value}
      onFocus={(e) => setTyping(e.currentTarget.value)}
      onBlur={() => setTyping(null)}
      onInput={(e) => {
        const text = e.currentTarget.value;
        setTyping(text);
        onValue(text);
      }}
    />
  );
}
