"use client";

import { useEffect, useRef, useState } from "react";
import { type SpokenSentence, readingPlan } from "./reading-plan";
import { mandarinVoice } from "./speech";

type State = "idle" | "starting" | "playing" | "paused";

const HIGHLIGHT = "read-aloud";
/** Margin (px) from the viewport's edges within which the sentence being read counts as in view. */
const VIEW_MARGIN = 96;

function clearMarks() {
  for (const el of document.querySelectorAll("[data-reading]")) el.removeAttribute("data-reading");
  if (typeof CSS !== "undefined" && "highlights" in CSS) CSS.highlights.delete(HIGHLIGHT);
}

/** Highlights the sentence (its block as well, where the Highlight API is missing) and keeps it in view. */
function mark(sentence: SpokenSentence) {
  clearMarks();
  sentence.block.setAttribute("data-reading", "");
  if (typeof CSS !== "undefined" && "highlights" in CSS) CSS.highlights.set(HIGHLIGHT, new Highlight(sentence.range));
  const rect = sentence.range.getBoundingClientRect();
  if (rect.top < VIEW_MARGIN || rect.bottom > window.innerHeight - VIEW_MARGIN) {
    const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    sentence.block.scrollIntoView({ block: "center", behavior: still ? "auto" : "smooth" });
  }
}

/**
 * 朗读: reads the article aloud in Mandarin with the browser's own speech
 * synthesis, sentence by sentence across the title and every paragraph, the
 * sentence being read highlighted and kept in view. Pausing cancels the
 * current sentence and 继续 reads it again from its start: pause() and
 * resume() are unreliable on Android's engines.
 */
export function ReadAloudButton() {
  const root = useRef<HTMLDivElement>(null);
  const plan = useRef<SpokenSentence[]>([]);
  const voice = useRef<SpeechSynthesisVoice | null>(null);
  const index = useRef(0);
  // Only the utterance in this ref may move the reading on: a cancelled one's late events are ignored.
  const speaking = useRef<SpeechSynthesisUtterance | null>(null);
  const [state, setState] = useState<State>("idle");
  const [progress, setProgress] = useState({ current: 0, total: 0 });
  const [message, setMessage] = useState<string | null>(null);

  useEffect(
    () => () => {
      if (speaking.current) window.speechSynthesis.cancel();
      clearMarks();
    },
    [],
  );

  function silence() {
    speaking.current = null;
    window.speechSynthesis.cancel();
  }

  function finish() {
    silence();
    clearMarks();
    setState("idle");
  }

  function speakFrom(i: number) {
    if (i >= plan.current.length) {
      finish();
      return;
    }
    index.current = i;
    const sentence = plan.current[i];
    mark(sentence);
    setProgress({ current: i + 1, total: plan.current.length });
    const utterance = new SpeechSynthesisUtterance(sentence.text);
    utterance.lang = "zh-CN";
    utterance.voice = voice.current;
    utterance.onend = () => {
      if (speaking.current === utterance) speakFrom(i + 1);
    };
    utterance.onerror = (event) => {
      if (speaking.current !== utterance || event.error === "interrupted" || event.error === "canceled") return;
      setMessage("朗读中断了，请再试一次。");
      finish();
    };
    speaking.current = utterance;
    window.speechSynthesis.speak(utterance);
  }

  async function start() {
    setMessage(null);
    setState("starting");
    const found = await mandarinVoice();
    if (!found.ok) {
      setMessage(found.message);
      setState("idle");
      return;
    }
    const article = root.current?.closest("article");
    plan.current = article ? readingPlan(article) : [];
    if (plan.current.length === 0) {
      setMessage("这篇文章没有可朗读的文字。");
      setState("idle");
      return;
    }
    voice.current = found.voice;
    setState("playing");
    speakFrom(0);
  }

  function pause() {
    silence();
    setState("paused");
  }

  function resume() {
    setState("playing");
    speakFrom(index.current);
  }

  const button =
    "inline-flex min-h-11 items-center gap-1.5 rounded border border-line px-3 text-sm hover:border-brand hover:text-brand focus-visible:outline-2 focus-visible:outline-brand";
  const reading = state === "playing" || state === "paused";
  return (
    <div ref={root} className="mt-3 flex flex-wrap items-center gap-2" data-read-aloud>
      {reading ? (
        <>
          {state === "playing" ? (
            <button type="button" className={button} onClick={pause}>
              暂停朗读
            </button>
          ) : (
            <button type="button" className={button} onClick={resume}>
              继续朗读
            </button>
          )}
          <button type="button" className={button} onClick={finish}>
            停止
          </button>
          <span className="text-sm text-muted" aria-live="polite">
            第 {progress.current}/{progress.total} 句
          </span>
        </>
      ) : (
        <button type="button" className={button} onClick={() => void start()} disabled={state === "starting"}>
          <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4 fill-current">
            <path d="M3 9v6h4l5 4V5L7 9H3zm13.5 3a4.5 4.5 0 0 0-2.5-4v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z" />
          </svg>
          朗读全文
        </button>
      )}
      {message ? (
        <p role="status" className="w-full text-sm text-muted">
          {message}
        </p>
      ) : null}
    </div>
  );
}
