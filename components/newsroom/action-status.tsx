import type { FormState } from "@/lib/actions/form-state";

/** What a newsroom action answered, read out by screen readers; 查看 opens the page it put online. */
export function ActionStatus({ state }: { state: FormState }) {
  return (
    <p role="status" className={`text-sm ${state.status === "error" ? "text-brand" : "text-green-800"}`}>
      {state.status === "idle" ? "" : state.message}
      {state.status === "ok" && state.link ? (
        <>
          {" "}
          <a href={state.link} target="_blank" rel="noopener" className="inline-flex min-h-11 items-center px-1 font-medium text-sky-800 underline">
            查看
          </a>
        </>
      ) : null}
    </p>
  );
}
