"use client";

import { useState } from "react";
import { inputClass } from "./field";
import { uploadImage } from "./upload-image";

type Cover = { id: number; src: string; alt?: string; caption?: string } | null;

type Props = {
  initial: Cover;
  uploadUrl: string;
  error?: string;
  /** The hidden field that carries the picture's id, and its label: 封面图片 for articles, 题图 for topics. */
  name?: string;
  label?: string;
  /** Offer 图注 and 替代文字 for the picture (posted as coverCaption / coverAlt). */
  describe?: boolean;
};

/** 封面图片: uploads through the newsroom's image endpoint and keeps the id in a hidden field. */
export function CoverPicker({ initial, uploadUrl, error, name = "coverImageId", label = "封面图片", describe = false }: Props) {
  const [cover, setCover] = useState<Cover>(initial);
  const [message, setMessage] = useState("");

  async function upload(file: File) {
    setMessage("图片上传中…");
    try {
      setCover(await uploadImage(file, uploadUrl));
      setMessage("");
    } catch (e) {
      setMessage(e instanceof Error && e.message ? e.message : "上传失败，请重试");
    }
  }

  return (
    <div>
      <span id={`${name}-label`} className="block text-sm font-medium">
        {label}
      </span>
      <input type="hidden" name={name} value={cover?.id ?? ""} />
      <div className="mt-1 flex flex-wrap items-center gap-3">
        {cover ? <img src={cover.src} alt={`当前${label}`} className="h-20 w-32 rounded object-cover" /> : <span className="text-sm text-muted">未设置</span>}
        <label className="inline-flex min-h-11 cursor-pointer items-center rounded border border-line bg-white px-3 text-sm hover:border-brand">
          {cover ? "更换" : "上传"}
          <input
            type="file"
            accept="image/*"
            className="sr-only"
            aria-labelledby={`${name}-label`}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) void upload(file);
              e.currentTarget.value = "";
            }}
          />
        </label>
        {cover ? (
          <button type="button" onClick={() => setCover(null)} className="min-h-11 rounded px-3 text-sm text-muted hover:text-brand">
            移除
          </button>
        ) : null}
      </div>
      <p role="status" className="mt-1 text-sm text-muted">
        {message}
      </p>
      {error ? <p className="text-sm text-brand">{error}</p> : null}
      {describe && cover ? (
        // Keyed by the picture: a new upload starts with empty fields.
        <div key={cover.id} className="mt-2 grid grid-cols-1 gap-3 sm:grid-cols-2">
          <label className="block text-sm">
            <span className="font-medium">图注</span>
            <input name="coverCaption" defaultValue={cover.caption ?? ""} maxLength={200} className={inputClass} />
          </label>
          <label className="block text-sm">
            <span className="font-medium">替代文字（图片内容，供读屏软件朗读）</span>
            <input name="coverAlt" defaultValue={cover.alt ?? ""} maxLength={125} className={inputClass} placeholder="如：雷山县西江千户苗寨全景" />
          </label>
        </div>
      ) : null}
    </div>
  );
}
