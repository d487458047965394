// The newsroom's three kinds of button. One primary per state (the step the
// editor most likely wants next); destructive steps (撤稿, 删除) look unlike
// both, in the warning red, and ask before they act. The site's brand red is
// kept for warnings here, so an ordinary step never looks dangerous.
const base = "min-h-11 rounded px-4 text-sm font-medium disabled:opacity-60";

export const buttonStyles = {
  primary: `${base} bg-sky-800 text-white hover:bg-sky-900`,
  secondary: `${base} border border-line bg-white text-ink hover:border-sky-800 hover:text-sky-800`,
  danger: `${base} border-2 border-brand bg-white text-brand hover:bg-brand hover:text-white`,
} as const;

export type ButtonKind = keyof typeof buttonStyles;
