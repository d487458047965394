// The browser's own speech synthesis, asked for a Mandarin voice. No cloud
// service: where the device has no Chinese voice, 朗读 says so.

const MANDARIN = /^(zh|cmn)([-_](hans|cn|hans[-_]cn))?$/i;
const ANY_CHINESE = /^(zh|cmn)\b/i;
/** How long to wait for the voice list, which some browsers fill only after a moment. */
const VOICES_WAIT_MS = 1500;

export type VoiceResult = { ok: true; voice: SpeechSynthesisVoice } | { ok: false; message: string };

function loadVoices(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const voices = synth.getVoices();
  if (voices.length > 0) return Promise.resolve(voices);
  return new Promise((resolve) => {
    const done = () => {
      synth.removeEventListener("voiceschanged", done);
      clearTimeout(timer);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, VOICES_WAIT_MS);
    synth.addEventListener("voiceschanged", done);
  });
}

/** The device's Mandarin voice (zh-CN first, then any Chinese voice), or why there is none. */
export async function mandarinVoice(): Promise<VoiceResult> {
  if (typeof window === "undefined" || !("speechSynthesis" in window) || typeof SpeechSynthesisUtterance === "undefined") {
    return { ok: false, message: "这个浏览器不支持朗读。" };
  }
  const voices = await loadVoices(window.speechSynthesis);
  const voice = voices.find((v) => MANDARIN.test(v.lang)) ?? voices.find((v) => ANY_CHINESE.test(v.lang));
  if (!voice) return { ok: false, message: "这台设备没有中文（普通话）语音，无法朗读。可在系统设置的“文字转语音”中添加中文语音后再试。" };
  return { ok: true, voice };
}
