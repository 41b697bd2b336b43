import type { ReactNode } from 'react';

/**
 * Under a form: what the form itself refuses (an alert, read out at once) and the outcome of the call (a polite live
 * region that exists before the outcome does, so screen readers announce it when it arrives).
 */
export function FormFeedback({ problem, children }: { problem: string | null; children: ReactNode }) {
  return (
    <>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      <div role="status" aria-live="polite">
        {children}
      </div>
    </>
  );
}
