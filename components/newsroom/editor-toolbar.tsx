"use client";

import { Fragment, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { useEditorState, type Editor } from "@tiptap/react";

export type EditorToolbarProps = {
  /** null until Tiptap has mounted on the client: the buttons render but do nothing. */
  editor: Editor | null;
  /** Called with the file an editor picked for 插入图片; the parent uploads it. */
  onPickImage: (file: File) => void;
  /** Shows a problem to the editor (e.g. an address that is not a web link). */
  onError: (message: string) => void;
  uploading: boolean;
};

/** Only web and mail links are allowed on the site; a bare domain gets https://. */
export function normalizeLinkHref(input: string): string | null {
  const url = input.trim();
  if (/^(https?:\/\/[^\s/]|mailto:\S)/i.test(url)) return url;
  if (/^[\w-]+(\.[\w-]+)+([/?#]\S*)?$/.test(url)) return `https://${url}`;
  return null;
}

type Item = {
  label: ReactNode;
  name: string;
  title?: string;
  run: (editor: Editor) => void;
  active?: (editor: Editor) => boolean;
  enabled?: (editor: Editor) => boolean;
  separatorBefore?: boolean;
};

export function EditorToolbar({ editor, onPickImage, onError, uploading }: EditorToolbarProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const [focusIndex, setFocusIndex] = useState(0);

  function editLink(ed: Editor) {
    const previous = (ed.getAttributes("link").href as string | undefined) ?? "";
    const input = window.prompt("链接地址", previous);
    if (input === null) return;
    if (!input.trim()) {
      ed.chain().focus().extendMarkRange("link").unsetLink().run();
      return;
    }
    const href = normalizeLinkHref(input);
    if (!href) {
      onError("链接地址须以 http://、https:// 或 mailto: 开头。");
      return;
    }
    if (ed.state.selection.empty && !ed.isActive("link")) {
      // Nothing selected: the address itself becomes the link text.
      ed.chain().focus().insertContent({ type: "text", text: input.trim(), marks: [{ type: "link", attrs: { href } }] }).run();
    } else {
      ed.chain().focus().extendMarkRange("link").setLink({ href }).run();
    }
  }

  // 图注 and alt text of the selected picture: alt is what a screen reader says
  // instead of the picture, 图注 is printed under it (kept as its title).
  function describeImage(ed: Editor) {
    const current = ed.getAttributes("image") as { alt?: string; title?: string };
    const alt = window.prompt("替代文字：图片里是什么（供读屏软件朗读）", current.alt ?? "");
    if (alt === null) return;
    const caption = window.prompt("图注：显示在图片下方（可不填）", current.title ?? "");
    if (caption === null) return;
    ed.chain().focus().updateAttributes("image", { alt: alt.trim(), title: caption.trim() || null }).run();
  }

  const items: Item[] = [
    { name: "撤销", label: "撤销", title: "撤销 (Ctrl+Z)", run: (e) => e.chain().focus().undo().run(), enabled: (e) => e.can().undo() },
    { name: "重做", label: "重做", title: "重做 (Ctrl+Shift+Z)", run: (e) => e.chain().focus().redo().run(), enabled: (e) => e.can().redo() },
    { name: "正文", label: "正文", separatorBefore: true, run: (e) => e.chain().focus().setParagraph().run(), active: (e) => e.isActive("paragraph") && !e.isActive("bulletList") && !e.isActive("orderedList") && !e.isActive("blockquote") },
    { name: "大标题", label: "大标题", run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(), active: (e) => e.isActive("heading", { level: 2 }) },
    { name: "小标题", label: "小标题", run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(), active: (e) => e.isActive("heading", { level: 3 }) },
    { name: "加粗", label: <b>加粗</b>, title: "加粗 (Ctrl+B)", separatorBefore: true, run: (e) => e.chain().focus().toggleBold().run(), active: (e) => e.isActive("bold") },
    { name: "斜体", label: <i>斜体</i>, title: "斜体 (Ctrl+I)", run: (e) => e.chain().focus().toggleItalic().run(), active: (e) => e.isActive("italic") },
    { name: "下划线", label: <u>下划线</u>, title: "下划线 (Ctrl+U)", run: (e) => e.chain().focus().toggleUnderline().run(), active: (e) => e.isActive("underline") },
    { name: "无序列表", label: "无序列表", separatorBefore: true, run: (e) => e.chain().focus().toggleBulletList().run(), active: (e) => e.isActive("bulletList") },
    { name: "有序列表", label: "有序列表", run: (e) => e.chain().focus().toggleOrderedList().run(), active: (e) => e.isActive("orderedList") },
    { name: "引用", label: "引用", run: (e) => e.chain().focus().toggleBlockquote().run(), active: (e) => e.isActive("blockquote") },
    { name: "链接", label: "链接", separatorBefore: true, run: editLink, active: (e) => e.isActive("link") },
    { name: "插入图片", label: uploading ? "上传中…" : "插入图片", run: () => fileInput.current?.click() },
    { name: "图注和替代文字", label: "图注", title: "所选图片的图注和替代文字", run: describeImage, enabled: (e) => e.isActive("image") },
    { name: "分隔线", label: "分隔线", run: (e) => e.chain().focus().setHorizontalRule().run() },
  ];

  // Re-renders only when a button's state changes, not on every keystroke. The
  // selector reads the prop rather than the snapshot: Tiptap's snapshot still
  // holds null after mount until the first transaction, which left every
  // button disabled until the editor was clicked.
  const state = useEditorState({
    editor,
    selector: () =>
      editor ? items.map((item) => ({ active: item.active?.(editor) ?? null, enabled: item.enabled?.(editor) ?? true })) : null,
  });

  // One tab stop for the whole toolbar, arrow keys inside it (WAI-ARIA toolbar pattern),
  // so keyboard users are not made to tab through fourteen buttons to reach the text.
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, number> = { ArrowRight: focusIndex + 1, ArrowLeft: focusIndex - 1, Home: 0, End: items.length - 1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const next = (moves[event.key] + items.length) % items.length;
    setFocusIndex(next);
    buttons.current[next]?.focus();
  }

  return (
    <div role="toolbar" aria-label="正文格式" className="flex flex-wrap items-center gap-0.5 sm:gap-1" onKeyDown={onKeyDown}>
      {/* eslint-disable-next-line react-hooks/refs -- the refs are read in click handlers only (item.run, the image button); render reads the editor's state */}
      {items.map((item, i) => {
        const enabled = Boolean(editor) && (state?.[i]?.enabled ?? false);
        const active = state?.[i]?.active;
        return (
          <Fragment key={item.name}>
            {item.separatorBefore && <span aria-hidden="true" className="mx-0.5 h-6 w-px bg-line sm:mx-1" />}
            <button
              ref={(el) => { buttons.current[i] = el; }}
              type="button"
              aria-label={item.name}
              title={item.title ?? item.name}
              aria-pressed={active === null || active === undefined ? undefined : active}
              // aria-disabled keeps the button focusable, so arrow-key focus never lands nowhere.
              aria-disabled={!enabled}
              tabIndex={i === focusIndex ? 0 : -1}
              onFocus={() => setFocusIndex(i)}
              // Keeps the text selection in the editor when clicking with a mouse.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => { if (editor && enabled) item.run(editor); }}
              className={`min-h-9 min-w-9 rounded px-2 text-sm whitespace-nowrap transition-colors aria-disabled:cursor-not-allowed aria-disabled:opacity-40 ${
                active ? "bg-brand text-white hover:bg-brand-dark" : "text-ink hover:bg-brand-soft"
              }`}
            >
              {item.label}
            </button>
          </Fragment>
        );
      })}
      <input
        ref={fileInput}
        type="file"
        accept="image/*"
        hidden
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Reset so that choosing the same file again still fires change.
          event.target.value = "";
          if (file) onPickImage(file);
        }}
      />
    </div>
  );
}
