"use client";

import { useCallback, useId, useMemo, useState, type JSX } from "react";
import { EditorContent, useEditor, useEditorState, type EditorOptions } from "@tiptap/react";
import { StarterKit } from "@tiptap/starter-kit";
import { Image } from "@tiptap/extension-image";
// @tiptap/extensions is not a direct dependency, but StarterKit depends on it at
// the same pinned version (it ships UndoRedo, Dropcursor… from there).
import { Placeholder } from "@tiptap/extensions";
import { NodeSelection, TextSelection } from "@tiptap/pm/state";
import type { EditorView } from "@tiptap/pm/view";
import { cleanPastedHtml, cleanPastedText } from "@/lib/content/paste-cleanup";
import { EditorToolbar } from "./editor-toolbar";

export type RichTextEditorProps = {
  /** Name of the hidden form field that carries the HTML (a <form> posts it to a server action). */
  name: string;
  /** Initial HTML. */
  defaultValue: string;
  /** Endpoint for image uploads: POST multipart/form-data with field "file"; answers JSON
   *  { ok: true, image: { src, srcset, width, height, alt } } or { ok: false, error }. */
  uploadUrl: string;
  /** id of the element labelling the editor (aria-labelledby). */
  labelledBy: string;
  /** Error text to show under the editor (from server validation), or undefined. */
  error?: string;
};

type UploadedImage = { src: string; srcset: string; width: number; height: number; alt: string };

// The upload pipeline serves responsive images, so srcset/sizes must survive a round trip through the editor.
const ArticleImage = Image.extend({
  addAttributes() {
    return { ...this.parent?.(), srcset: { default: null }, sizes: { default: null } };
  },
}).configure({ inline: false, allowBase64: false });

// Root-relative links are accepted so that editing an older article does not
// silently unlink its internal /news/… links; the link prompt itself only takes
// http(s) and mailto (see editor-toolbar).
const isAllowedHref = (url: unknown) => typeof url === "string" && /^(https?:\/\/|mailto:|\/(?!\/))/i.test(url.trim());

// Module-level so useEditor sees the same array on every render and never reconfigures.
const extensions = [
  StarterKit.configure({
    // The article page's <h1> is the title; h4 and below are not used by the desk.
    heading: { levels: [2, 3] },
    code: false,
    codeBlock: false,
    strike: false,
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: "https",
      // rel/target are decided by the server sanitizer, not stored from the editor.
      HTMLAttributes: { target: null, rel: null, class: null },
      isAllowedUri: isAllowedHref,
    },
  }),
  ArticleImage,
  Placeholder.configure({ placeholder: "在此输入正文…" }),
];

// Tailwind arbitrary variants for Tiptap's placeholder decoration (an empty first <p>).
const PLACEHOLDER =
  "[&_.is-editor-empty:first-child]:before:pointer-events-none [&_.is-editor-empty:first-child]:before:float-left " +
  "[&_.is-editor-empty:first-child]:before:h-0 [&_.is-editor-empty:first-child]:before:text-muted " +
  "[&_.is-editor-empty:first-child]:before:content-[attr(data-placeholder)]";

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
const countChars = (text: string) => Array.from(text.replace(/\s/g, "")).length;
const imageFiles = (data: DataTransfer | null) => Array.from(data?.files ?? []).filter((f) => f.type.startsWith("image/"));

async function uploadImage(url: string, file: File): Promise<UploadedImage> {
  const body = new FormData();
  body.append("file", file);
  let response: Response;
  try {
    response = await fetch(url, { method: "POST", body });
  } catch {
    throw new Error("网络连接失败，图片没有上传，请检查网络后重试。");
  }
  const data: unknown = await response.json().catch(() => null);
  if (isRecord(data) && data.ok === true && isRecord(data.image) && typeof data.image.src === "string") {
    return data.image as UploadedImage;
  }
  // The endpoint's own message is the most useful one, even on a 4xx/5xx.
  if (isRecord(data) && data.ok === false && typeof data.error === "string" && data.error) throw new Error(data.error);
  if (response.status === 413) throw new Error("图片文件太大，请压缩后再上传。");
  if (response.status === 401 || response.status === 403) throw new Error("登录已失效或没有上传权限，请重新登录后再试。");
  throw new Error(response.ok ? "服务器返回了无法识别的结果，图片没有插入。" : `图片上传失败（错误代码 ${response.status}），请稍后重试。`);
}

export function RichTextEditor({ name, defaultValue, uploadUrl, labelledBy, error }: RichTextEditorProps): JSX.Element {
  const hintId = useId();
  const errorId = useId();
  const [html, setHtml] = useState(defaultValue);
  const [uploads, setUploads] = useState(0);
  const [notice, setNotice] = useState("");

  // Works on the view rather than the editor instance so that paste and drop
  // handlers (which only receive the view) can use it too.
  const uploadAndInsert = useCallback(
    async (view: EditorView, file: File, at?: number) => {
      if (!file.type.startsWith("image/")) {
        setNotice("只能插入图片文件。");
        return;
      }
      setNotice("");
      setUploads((n) => n + 1);
      try {
        const image = await uploadImage(uploadUrl, file);
        if (view.isDestroyed) return;
        const { state } = view;
        const node = state.schema.nodes.image.create({
          src: image.src,
          srcset: image.srcset || null,
          alt: image.alt ?? "",
          width: image.width || null,
          height: image.height || null,
        });
        // The document may have changed during the upload: a stale drop position is only a hint.
        const tr = at !== undefined && at <= state.doc.content.size ? state.tr.replaceRangeWith(at, at, node) : state.tr.replaceSelectionWith(node);
        // ProseMirror leaves an image at the end of a block selected, and the next
        // keystroke would replace it: put the caret in the paragraph after it instead.
        if (tr.selection instanceof NodeSelection) {
          const after = tr.selection.to;
          if (!tr.doc.resolve(after).nodeAfter?.isTextblock) tr.insert(after, state.schema.nodes.paragraph.create());
          tr.setSelection(TextSelection.create(tr.doc, after + 1));
        }
        view.dispatch(tr.scrollIntoView());
      } catch (e) {
        setNotice(e instanceof Error ? e.message : "图片上传失败，请稍后重试。");
      } finally {
        setUploads((n) => n - 1);
      }
    },
    [uploadUrl],
  );

  const editorProps = useMemo<EditorOptions["editorProps"]>(
    () => ({
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelledBy,
        "aria-describedby": error ? `${hintId} ${errorId}` : hintId,
        "aria-invalid": error ? "true" : "false",
        // The global :focus-visible outline would sit on top of the toolbar; the
        // wrapper draws an inset ring instead (inline style beats the unlayered rule).
        style: "outline: none",
        class: "min-h-96 px-4 py-5 sm:px-6",
      },
      transformPastedHTML: (pasted) => cleanPastedHtml(pasted),
      transformPastedText: (text) => cleanPastedText(text),
      handlePaste: (view, event) => {
        const data = event.clipboardData;
        const files = imageFiles(data);
        // Word and Excel also put a picture of the copied text on the clipboard:
        // only upload when the clipboard holds an image and no text (a screenshot, "复制图片").
        const text = (data?.getData("text/plain") ?? "").trim() || (data?.getData("text/html") ?? "").replace(/<[^>]*>|&nbsp;|\s/g, "");
        if (!files.length || text) return false;
        for (const file of files) void uploadAndInsert(view, file);
        return true;
      },
      handleDrop: (view, event, _slice, moved) => {
        const files = imageFiles(event.dataTransfer);
        if (moved || !files.length) return false;
        const at = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos;
        for (const file of files) void uploadAndInsert(view, file, at);
        return true;
      },
    }),
    [labelledBy, error, hintId, errorId, uploadAndInsert],
  );

  const editor = useEditor({
    extensions,
    content: defaultValue,
    immediatelyRender: false,
    editorProps,
    // An empty editor still holds "<p></p>": post "" so that "正文不能为空" checks work.
    // Blank paragraphs (spacer lines, the trailing one after an image) are dropped:
    // the article page spaces paragraphs with CSS.
    onUpdate: ({ editor: e }) => setHtml(e.isEmpty ? "" : e.getHTML().replace(/<p><\/p>/g, "")),
  });

  // Reads the editor from the closure, not the snapshot (see editor-toolbar).
  const liveCount = useEditorState({ editor, selector: () => (editor ? countChars(editor.state.doc.textContent) : null) });
  // Before Tiptap mounts (server render, first client paint) count the initial HTML roughly.
  const count = liveCount ?? countChars(defaultValue.replace(/<[^>]*>|&nbsp;/g, " ").replace(/&#?\w+;/g, "x"));

  return (
    <div>
      <div className="rounded-md border border-line bg-white">
        <div className="sticky top-0 z-10 rounded-t-md border-b border-line bg-white px-2 py-1.5">
          <EditorToolbar
            editor={editor}
            uploading={uploads > 0}
            onError={setNotice}
            onPickImage={(file) => { if (editor) void uploadAndInsert(editor.view, file); }}
          />
          <p role="status" className="px-1 pt-1 text-sm text-muted empty:hidden">{uploads > 0 ? "图片上传中…" : ""}</p>
          <p role="alert" className="px-1 pt-1 text-sm text-brand empty:hidden">{notice}</p>
        </div>
        <div
          className={`article-body rounded-b-md focus-within:ring-2 focus-within:ring-brand focus-within:ring-inset [&_img.ProseMirror-selectednode]:outline-2 [&_img.ProseMirror-selectednode]:outline-brand ${PLACEHOLDER}`}
        >
          <EditorContent editor={editor} />
        </div>
      </div>
      <div className="mt-2 flex flex-wrap items-start justify-between gap-x-4 gap-y-1 text-sm text-muted">
        <p id={hintId}>可直接从 Word 或网页粘贴，格式会自动整理；图片可粘贴、拖入或用“插入图片”上传。</p>
        <p className="tabular-nums">字数：{count}</p>
      </div>
      {error ? (
        <p id={errorId} role="alert" className="mt-1 text-sm text-brand">
          {error}
        </p>
      ) : null}
      <input type="hidden" name={name} value={html} />
    </div>
  );
}
