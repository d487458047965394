"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";

type MediaFileUploadProps = {
  /** The route handler that takes the file as the request body. */
  url: string;
  label: string;
  accept: string;
  hint: string;
};

/**
 * Sends one file as the raw request body (the server streams it to disk)
 * with XMLHttpRequest, which, unlike fetch, reports upload progress: a
 * 300 MB video takes a while on a newsroom's connection.
 */
export function MediaFileUpload({ url, label, accept, hint }: MediaFileUploadProps) {
  const router = useRouter();
  const id = useId();
  const [message, setMessage] = useState("");
  const [error, setError] = useState(false);
  const [busy, setBusy] = useState(false);

  function upload(file: File) {
    setBusy(true);
    setError(false);
    setMessage("上传中…");
    const request = new XMLHttpRequest();
    request.open("POST", url);
    request.setRequestHeader("Content-Type", file.type || "application/octet-stream");
    request.upload.onprogress = (e) => {
      if (e.lengthComputable) setMessage(`上传中… ${Math.floor((e.loaded / e.total) * 100)}%`);
    };
    request.onload = () => {
      setBusy(false);
      let result: { ok?: boolean; error?: string } = {};
      try {
        result = JSON.parse(request.responseText);
      } catch {
        // An answer that is not ours (a proxy's error page): say so below.
      }
      if (result.ok) {
        setMessage("上传成功");
        router.refresh();
      } else {
        setError(true);
        setMessage(result.error ?? `上传失败（${request.status}），请重试`);
      }
    };
    request.onerror = () => {
      setBusy(false);
      setError(true);
      setMessage("网络中断，上传失败，请重试");
    };
    request.send(file);
  }

  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        type="file"
        accept={accept}
        disabled={busy}
        aria-describedby={`${id}-hint`}
        className="mt-1 block min-h-11 w-full text-sm file:mr-3 file:min-h-11 file:rounded file:border file:border-line file:bg-white file:px-3"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) upload(file);
          e.currentTarget.value = "";
        }}
      />
      <p id={`${id}-hint`} className="mt-1 text-xs text-muted">
        {hint}
      </p>
      <p role="status" className={`mt-1 text-sm ${error ? "text-brand" : "text-green-800"}`}>
        {message}
      </p>
    </div>
  );
}
