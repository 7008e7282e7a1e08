import { type ReactNode, useEffect, useRef } from "react";
import { Button } from "suomifi-ui-components";

/**
 * A modal question before an action that cannot simply be undone (approve, return, reopen,
 * removing an alternative with its ratings): the native <dialog> as a modal (focus inside, the
 * page behind inert), its heading focused, Escape or "Cancel" closing it and focus returning to
 * where it was. Suomi.fi's Modal is react-modal, which hides the page with aria-hidden; the native
 * modal dialog makes it inert, so this keeps <dialog> and takes the look and the buttons.
 */
export function ConfirmDialog({
  title,
  children,
  confirm,
  cancel,
  onConfirm,
  onCancel,
  busy,
}: {
  title: string;
  children: ReactNode;
  confirm: string;
  cancel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    const d = ref.current;
    // jsdom has no showModal; the attribute gives the same markup there
    if (d && typeof d.showModal === "function" && !d.open) d.showModal();
    else d?.setAttribute("open", "");
    heading.current?.focus();
    return () => {
      if (d?.open && typeof d.close === "function") d.close();
      if (before?.isConnected) before.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="confirm fi-like-modal"
      aria-labelledby="confirm-title"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id="confirm-title" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <div className="confirm-body">{children}</div>
      <div className="buttons">
        <Button onClick={onConfirm} disabled={busy}>
          {confirm}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={busy}>
          {cancel}
        </Button>
      </div>
    </dialog>
  );
}
