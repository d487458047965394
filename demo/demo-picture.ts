// Flat-illustration placeholder "photos" for demo articles, drawn as SVG so
// the demo needs no image files and no network. The output is rendered to
// WebP by sharp (librsvg), so it sticks to the plain SVG librsvg handles well:
// linearGradient, rect, circle, ellipse, path, polygon and opacity. No text,
// fonts or external references, so nothing depends on the machine rendering it.
import type { Rng } from "./rng";

export type DemoPictureTheme = "mountains" | "river" | "terraces" | "village" | "festival" | "city";

const THEMES: readonly DemoPictureTheme[] = ["mountains", "river", "terraces", "village", "festival", "city"];

// ---------------------------------------------------------------------------
// Colour helpers. Colours are [r, g, b] in 0–255; atmospheric depth is faked
// by mixing far layers towards the horizon colour.

type Rgb = readonly [number, number, number];

function hsl(h: number, s: number, l: number): Rgb {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [f(0), f(8), f(4)];
}

const mix = (a: Rgb, b: Rgb, t: number): Rgb => [
  Math.round(a[0] + (b[0] - a[0]) * t),
  Math.round(a[1] + (b[1] - a[1]) * t),
  Math.round(a[2] + (b[2] - a[2]) * t),
];

const hex = (c: Rgb) => "#" + c.map((v) => v.toString(16).padStart(2, "0")).join("");

/** One decimal is plenty at photo sizes and keeps the SVG small. */
const n = (v: number) => (Math.round(v * 10) / 10).toString();

// A "time of day" sets the sky and light; the rng then shifts hues a little,
// so two pictures of one theme still look different.
type Mood = { skyTop: Rgb; skyBottom: Rgb; sun: Rgb; land: Rgb; water: Rgb; night: boolean };

function pickMood(rng: Rng): Mood {
  const jitter = rng.int(-12, 12);
  // Mostly daylight; a blue-hour night now and then.
  const roll = rng.next();
  const kind = roll < 0.4 ? 0 : roll < 0.65 ? 1 : roll < 0.85 ? 2 : 3;
  if (kind === 0) {
    // Clear day.
    return {
      skyTop: hsl(205 + jitter, 0.65, 0.55),
      skyBottom: hsl(195 + jitter, 0.6, 0.86),
      sun: hsl(48, 0.95, 0.75),
      land: hsl(110 + jitter, 0.35, 0.38),
      water: hsl(195 + jitter, 0.55, 0.6),
      night: false,
    };
  }
  if (kind === 1) {
    // Sunset over the hills.
    return {
      skyTop: hsl(260 + jitter, 0.4, 0.42),
      skyBottom: hsl(28 + jitter, 0.9, 0.7),
      sun: hsl(38, 1, 0.68),
      land: hsl(280 + jitter, 0.2, 0.3),
      water: hsl(20 + jitter, 0.6, 0.65),
      night: false,
    };
  }
  if (kind === 2) {
    // Misty morning, typical of the Miao and Dong mountains.
    return {
      skyTop: hsl(190 + jitter, 0.25, 0.72),
      skyBottom: hsl(60 + jitter, 0.3, 0.92),
      sun: hsl(50, 0.6, 0.9),
      land: hsl(150 + jitter, 0.25, 0.35),
      water: hsl(185 + jitter, 0.3, 0.75),
      night: false,
    };
  }
  // Blue hour with a moon.
  return {
    skyTop: hsl(228 + jitter, 0.5, 0.18),
    skyBottom: hsl(215 + jitter, 0.45, 0.42),
    sun: hsl(55, 0.4, 0.9),
    land: hsl(220 + jitter, 0.3, 0.18),
    water: hsl(210 + jitter, 0.4, 0.4),
    night: true,
  };
}

// ---------------------------------------------------------------------------
// Drawing pieces. Each returns SVG markup.

type Scene = { rng: Rng; w: number; h: number; mood: Mood; defs: string[]; ids: number };

function gradient(scene: Scene, top: Rgb, bottom: Rgb): string {
  const id = `g${scene.ids++}`;
  scene.defs.push(
    `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${hex(top)}"/><stop offset="1" stop-color="${hex(bottom)}"/></linearGradient>`,
  );
  return `url(#${id})`;
}

function sky(scene: Scene): string {
  const { rng, w, h, mood } = scene;
  let out = `<rect width="${w}" height="${h}" fill="${gradient(scene, mood.skyTop, mood.skyBottom)}"/>`;
  const cx = w * (0.15 + 0.7 * rng.next());
  const cy = h * (0.12 + 0.22 * rng.next());
  const r = Math.min(w, h) * (0.05 + 0.04 * rng.next());
  out += `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r * 2.2)}" fill="${hex(mood.sun)}" opacity="0.18"/>`;
  out += `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${hex(mood.sun)}"/>`;
  if (mood.night) {
    // A crescent: the moon with a sky-coloured disc over it.
    out += `<circle cx="${n(cx + r * 0.45)}" cy="${n(cy - r * 0.2)}" r="${n(r * 0.9)}" fill="${hex(mood.skyTop)}"/>`;
    for (let i = 0; i < 30; i++) {
      out += `<circle cx="${n(rng.next() * w)}" cy="${n(rng.next() * h * 0.45)}" r="${n(0.6 + rng.next() * 1.2)}" fill="#ffffff" opacity="${n(0.4 + rng.next() * 0.5)}"/>`;
    }
  } else {
    for (let i = rng.int(1, 4); i > 0; i--) out += cloud(scene);
  }
  return out;
}

function cloud(scene: Scene): string {
  const { rng, w, h } = scene;
  const x = rng.next() * w;
  const y = h * (0.08 + rng.next() * 0.25);
  const s = Math.min(w, h) * (0.04 + rng.next() * 0.05);
  const puffs = [
    [0, 0, 1.6, 0.7],
    [-1.1, 0.2, 1.1, 0.55],
    [1.2, 0.25, 1.2, 0.5],
    [0.3, -0.45, 0.9, 0.55],
  ];
  return puffs
    .map(([dx, dy, rx, ry]) => `<ellipse cx="${n(x + dx * s)}" cy="${n(y + dy * s)}" rx="${n(rx * s)}" ry="${n(ry * s)}" fill="#ffffff" opacity="0.75"/>`)
    .join("");
}

/** A ridge line from left to right with rounded peaks, closed to the bottom. */
function ridge(scene: Scene, baseY: number, amplitude: number, peaks: number, color: Rgb, opacity = 1): string {
  const { rng, w, h } = scene;
  const step = w / peaks;
  let y = baseY - amplitude * rng.next();
  let d = `M0 ${n(h)} L0 ${n(y)}`;
  for (let i = 0; i < peaks; i++) {
    const x1 = step * (i + 1);
    const peakY = baseY - amplitude * (0.5 + 0.5 * rng.next());
    const nextY = baseY - amplitude * 0.35 * rng.next();
    d += ` Q${n(x1 - step * (0.3 + 0.4 * rng.next()))} ${n(peakY - amplitude * 0.4)} ${n(x1)} ${n(nextY)}`;
    y = nextY;
  }
  d += ` L${n(w)} ${n(h)} Z`;
  return `<path d="${d}" fill="${hex(color)}"${opacity < 1 ? ` opacity="${n(opacity)}"` : ""}/>`;
}

/** Distant ridges fading into the sky colour. */
function mountains(scene: Scene, layers: number, fromY: number, toY: number): string {
  const { rng, h, mood } = scene;
  let out = "";
  for (let i = 0; i < layers; i++) {
    const t = layers === 1 ? 1 : i / (layers - 1);
    const color = mix(mix(mood.land, mood.skyBottom, 0.7), mood.land, t);
    const baseY = fromY + (toY - fromY) * t;
    out += ridge(scene, baseY, h * (0.12 + 0.1 * rng.next()), rng.int(2, 5), color);
    if (!mood.night && i < layers - 1 && rng.chance(0.5)) {
      // A band of mist between ridges.
      out += `<rect x="0" y="${n(baseY - h * 0.02)}" width="${scene.w}" height="${n(h * 0.05)}" fill="#ffffff" opacity="0.25"/>`;
    }
  }
  return out;
}

/** A Chinese fir (杉树), the tree of the 锦屏 and 天柱 forests. */
function fir(x: number, y: number, size: number, color: Rgb): string {
  const trunk = `<rect x="${n(x - size * 0.06)}" y="${n(y - size * 0.25)}" width="${n(size * 0.12)}" height="${n(size * 0.25)}" fill="#4a3423"/>`;
  const crown = `<polygon points="${n(x)},${n(y - size * 1.2)} ${n(x - size * 0.35)},${n(y - size * 0.2)} ${n(x + size * 0.35)},${n(y - size * 0.2)}" fill="${hex(color)}"/>`;
  return trunk + crown;
}

function ground(scene: Scene, y: number, color: Rgb): string {
  return `<rect x="0" y="${n(y)}" width="${scene.w}" height="${n(scene.h - y)}" fill="${hex(color)}"/>`;
}

// ---------------------------------------------------------------------------
// Themes.

function drawMountains(scene: Scene): string {
  const { rng, w, h, mood } = scene;
  let out = mountains(scene, rng.int(3, 5), h * 0.4, h * 0.8);
  const treeColor = mix(mood.land, [20, 40, 25], 0.4);
  for (let i = rng.int(4, 9); i > 0; i--) {
    out += fir(rng.next() * w, h * (0.92 + rng.next() * 0.08), h * (0.1 + rng.next() * 0.08), treeColor);
  }
  return out;
}

function drawRiver(scene: Scene): string {
  const { rng, w, h, mood } = scene;
  let out = mountains(scene, rng.int(2, 3), h * 0.38, h * 0.55);
  out += ground(scene, h * 0.6, mix(mood.land, mood.skyBottom, 0.15));
  // The river narrows to a vanishing point on the horizon and swings sideways.
  const vx = w * (0.3 + 0.4 * rng.next());
  const top = h * 0.6;
  const swing = w * (0.15 + 0.2 * rng.next()) * (rng.chance(0.5) ? 1 : -1);
  const leftBottom = w * (0.1 + 0.2 * rng.next());
  const rightBottom = w * (0.7 + 0.2 * rng.next());
  const water = gradient(scene, mix(mood.water, mood.skyBottom, 0.4), mood.water);
  out += `<path d="M${n(vx - 6)} ${n(top)} Q${n(vx + swing)} ${n(h * 0.78)} ${n(leftBottom)} ${n(h)} L${n(rightBottom)} ${n(h)} Q${n(vx + swing + w * 0.12)} ${n(h * 0.78)} ${n(vx + 6)} ${n(top)} Z" fill="${water}"/>`;
  for (let i = 0; i < 6; i++) {
    const y = h * (0.66 + i * 0.055);
    const x = vx + swing * ((y - top) / (h - top)) * 0.9 + (rng.next() - 0.5) * w * 0.1;
    const len = w * (0.02 + 0.02 * i);
    out += `<rect x="${n(x - len / 2)}" y="${n(y)}" width="${n(len)}" height="${n(1.5 + i * 0.5)}" fill="#ffffff" opacity="0.45"/>`;
  }
  // Banks with a few trees.
  const treeColor = mix(mood.land, [10, 40, 20], 0.5);
  for (let i = rng.int(3, 6); i > 0; i--) {
    const x = rng.chance(0.5) ? rng.next() * leftBottom * 0.8 : rightBottom + rng.next() * (w - rightBottom);
    out += fir(x, h * (0.75 + rng.next() * 0.2), h * (0.08 + rng.next() * 0.06), treeColor);
  }
  return out;
}

function drawTerraces(scene: Scene): string {
  const { rng, w, h, mood } = scene;
  let out = mountains(scene, 2, h * 0.3, h * 0.42);
  // Season decides the paddies: spring water, summer green or autumn gold.
  const season = rng.int(0, 2);
  const base: Rgb =
    season === 0
      ? mix(mood.water, [210, 225, 230], 0.4)
      : season === 1
        ? hsl(95 + rng.int(-10, 10), 0.5, 0.45)
        : hsl(45 + rng.int(-6, 6), 0.75, 0.55);
  const edge = hex(mix(mood.land, [40, 30, 20], 0.5));
  // One or two terraced hills: nested domes, outermost first, so each paddy
  // shows as a crescent band following the contour, as on 加榜 or 堂安.
  for (let hill = rng.int(1, 2); hill > 0; hill--) {
    const cx = w * (0.2 + 0.6 * rng.next());
    const top = h * (0.38 + 0.12 * rng.next());
    const halfW = w * (0.55 + 0.3 * rng.next());
    const bands = rng.int(9, 14);
    for (let i = 0; i < bands; i++) {
      const t = i / bands;
      const y = top + (h - top) * t * 0.85;
      const hw = halfW * (1 - t * 0.75);
      const color = mix(base, mood.land, (i % 3) * 0.1 + t * 0.2);
      out += `<path d="M${n(cx - hw)} ${n(h)} Q${n(cx - hw * 0.95)} ${n(y)} ${n(cx)} ${n(y)} Q${n(cx + hw * 0.95)} ${n(y)} ${n(cx + hw)} ${n(h)} Z" fill="${hex(color)}" stroke="${edge}" stroke-width="2"/>`;
    }
  }
  return out;
}

/** A wooden stilt house (吊脚楼): stilts, a timber body, a dark tiled roof. */
function stiltHouse(scene: Scene, x: number, y: number, s: number): string {
  const { rng } = scene;
  const wood = hsl(25 + rng.int(-6, 6), 0.45, 0.3 + rng.next() * 0.1);
  const roof = hsl(220, 0.08, 0.2 + rng.next() * 0.08);
  const bodyW = s * (1.4 + rng.next() * 0.6);
  const bodyH = s * 0.7;
  let out = "";
  for (let i = 0; i < 4; i++) {
    out += `<rect x="${n(x + (bodyW - s * 0.08) * (i / 3))}" y="${n(y - s * 0.45)}" width="${n(s * 0.08)}" height="${n(s * 0.45)}" fill="${hex(mix(wood, [0, 0, 0], 0.3))}"/>`;
  }
  out += `<rect x="${n(x)}" y="${n(y - s * 0.45 - bodyH)}" width="${n(bodyW)}" height="${n(bodyH)}" fill="${hex(wood)}"/>`;
  // Windows glow at night, so blue-hour villages look lived in.
  const win = scene.mood.night ? "#ffd27a" : hex(mix(wood, [0, 0, 0], 0.45));
  for (let i = 0; i < 3; i++) {
    out += `<rect x="${n(x + bodyW * (0.12 + i * 0.3))}" y="${n(y - s * 0.45 - bodyH * 0.7)}" width="${n(bodyW * 0.16)}" height="${n(bodyH * 0.32)}" fill="${win}"/>`;
  }
  const eave = s * 0.25;
  const roofTop = y - s * 0.45 - bodyH - s * 0.55;
  out += `<polygon points="${n(x - eave)},${n(y - s * 0.45 - bodyH + 2)} ${n(x + bodyW * 0.2)},${n(roofTop)} ${n(x + bodyW * 0.8)},${n(roofTop)} ${n(x + bodyW + eave)},${n(y - s * 0.45 - bodyH + 2)}" fill="${hex(roof)}"/>`;
  return out;
}

/** A Dong drum tower (鼓楼): tiers of eaves narrowing to a pointed top. */
function drumTower(scene: Scene, cx: number, y: number, s: number): string {
  const roof = hex(hsl(220, 0.08, 0.22));
  const eaveEdge = hex(hsl(40, 0.2, 0.85));
  const wood = hex(hsl(25, 0.45, 0.32));
  let out = `<rect x="${n(cx - s * 0.3)}" y="${n(y - s * 0.7)}" width="${n(s * 0.6)}" height="${n(s * 0.7)}" fill="${wood}"/>`;
  const tiers = scene.rng.int(5, 9);
  let top = y - s * 0.7;
  for (let i = 0; i < tiers; i++) {
    const half = s * (0.75 - (0.55 * i) / tiers);
    const tierH = s * 0.22;
    out += `<polygon points="${n(cx - half)},${n(top)} ${n(cx - half * 0.7)},${n(top - tierH)} ${n(cx + half * 0.7)},${n(top - tierH)} ${n(cx + half)},${n(top)}" fill="${roof}"/>`;
    out += `<rect x="${n(cx - half)}" y="${n(top - 2)}" width="${n(half * 2)}" height="2" fill="${eaveEdge}"/>`;
    top -= tierH * 0.85;
  }
  out += `<polygon points="${n(cx - s * 0.12)},${n(top)} ${n(cx)},${n(top - s * 0.5)} ${n(cx + s * 0.12)},${n(top)}" fill="${roof}"/>`;
  return out;
}

function drawVillage(scene: Scene): string {
  const { rng, w, h, mood } = scene;
  let out = mountains(scene, rng.int(2, 3), h * 0.35, h * 0.55);
  const groundY = h * 0.72;
  out += ground(scene, groundY, mix(mood.land, [60, 80, 40], 0.2));
  const s = h * (0.11 + rng.next() * 0.04);
  if (rng.chance(0.7)) out += drumTower(scene, w * (0.2 + 0.6 * rng.next()), groundY + s * 0.2, s * 1.2);
  // Houses on two rows so they overlap like a hillside village.
  for (const [row, count] of [[0, rng.int(3, 5)], [1, rng.int(2, 4)]] as const) {
    for (let i = 0; i < count; i++) {
      const x = (w / count) * i + rng.next() * (w / count) * 0.4 - s * 0.3;
      const y = groundY + (row === 0 ? -s * 0.1 : s * 1.1) + rng.next() * s * 0.2;
      out += stiltHouse(scene, x, y, row === 0 ? s * 0.8 : s);
    }
  }
  const treeColor = mix(mood.land, [20, 60, 30], 0.4);
  for (let i = rng.int(2, 4); i > 0; i--) out += fir(rng.next() * w, h * (0.98 + rng.next() * 0.02), h * 0.16, treeColor);
  return out;
}

function drawFestival(scene: Scene): string {
  const { rng, w, h, mood } = scene;
  let out = mountains(scene, 2, h * 0.4, h * 0.55);
  const groundY = h * 0.7;
  out += ground(scene, groundY, mix(mood.land, [150, 120, 80], 0.4));
  out += drumTower(scene, w * (0.35 + 0.3 * rng.next()), groundY, h * 0.2);
  // Bright festival colours: the reds, blues and silver of Miao costumes.
  const festive = [hsl(355, 0.8, 0.5), hsl(45, 0.95, 0.55), hsl(200, 0.7, 0.5), hsl(140, 0.55, 0.45), hsl(300, 0.5, 0.55), hsl(20, 0.9, 0.55)];
  // Strings of triangular bunting sagging between poles.
  for (let line = rng.int(2, 3); line > 0; line--) {
    const y0 = h * (0.12 + rng.next() * 0.25);
    const sag = h * (0.04 + rng.next() * 0.06);
    const flags = rng.int(10, 16);
    out += `<path d="M0 ${n(y0)} Q${n(w / 2)} ${n(y0 + sag * 2)} ${n(w)} ${n(y0)}" fill="none" stroke="#5a4030" stroke-width="1.5"/>`;
    for (let i = 0; i < flags; i++) {
      const t = (i + 0.5) / flags;
      const x = t * w;
      const y = y0 + sag * 4 * t * (1 - t); // the quadratic's curve, so flags hang on the string
      const fw = w / flags / 2.4;
      out += `<polygon points="${n(x - fw)},${n(y)} ${n(x + fw)},${n(y)} ${n(x)},${n(y + fw * 1.8)}" fill="${hex(rng.pick(festive))}"/>`;
    }
  }
  // Red lanterns.
  for (let i = rng.int(3, 6); i > 0; i--) {
    const x = rng.next() * w;
    const y = h * (0.45 + rng.next() * 0.15);
    const r = h * 0.035;
    out += `<rect x="${n(x - 1)}" y="${n(y - r * 1.8)}" width="2" height="${n(r * 0.9)}" fill="#5a4030"/>`;
    out += `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(r)}" ry="${n(r * 1.2)}" fill="${hex(hsl(355, 0.85, 0.5))}"/>`;
    out += `<rect x="${n(x - r * 0.5)}" y="${n(y - r * 1.25)}" width="${n(r)}" height="${n(r * 0.25)}" fill="#e8b84a"/>`;
  }
  // A crowd in costume: simple figures with silver-white headdresses.
  for (let i = rng.int(10, 18); i > 0; i--) {
    const x = rng.next() * w;
    const y = groundY + rng.next() * (h - groundY) * 0.8 + h * 0.05;
    const s = h * 0.05;
    out += `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(s * 0.45)}" ry="${n(s * 0.9)}" fill="${hex(rng.pick(festive))}"/>`;
    out += `<circle cx="${n(x)}" cy="${n(y - s * 1.1)}" r="${n(s * 0.3)}" fill="#6b4a35"/>`;
    out += `<ellipse cx="${n(x)}" cy="${n(y - s * 1.45)}" rx="${n(s * 0.55)}" ry="${n(s * 0.18)}" fill="#e8eef2"/>`;
  }
  // Confetti.
  for (let i = 0; i < 40; i++) {
    out += `<circle cx="${n(rng.next() * w)}" cy="${n(rng.next() * h * 0.7)}" r="${n(1.5 + rng.next() * 3)}" fill="${hex(rng.pick(festive))}" opacity="0.8"/>`;
  }
  return out;
}

function drawCity(scene: Scene): string {
  const { rng, w, h, mood } = scene;
  let out = mountains(scene, 2, h * 0.35, h * 0.5);
  const streetY = h * 0.8;
  // Two rows of towers; the back row is paler, as if further away.
  for (const [depth, shade] of [[0, 0.55], [1, 0]] as const) {
    let x = -rng.next() * 40;
    while (x < w) {
      const bw = w * (0.05 + rng.next() * 0.07);
      const bh = h * (depth === 0 ? 0.25 + rng.next() * 0.3 : 0.15 + rng.next() * 0.35);
      const body = mix(hsl(210 + rng.int(-20, 20), 0.12, mood.night ? 0.22 : 0.55 + rng.next() * 0.2), mood.skyBottom, shade);
      const top = streetY - bh;
      out += `<rect x="${n(x)}" y="${n(top)}" width="${n(bw)}" height="${n(bh)}" fill="${hex(body)}"/>`;
      if (depth === 1) {
        // Windows: lit at night, sky reflections by day.
        const lit = mood.night ? "#ffd27a" : hex(mix(mood.skyTop, [255, 255, 255], 0.35));
        // Window size follows the picture size, so big pictures stay small files.
        const ww = Math.max(5, h * 0.012);
        for (let wy = top + ww * 1.5; wy < streetY - ww * 2; wy += ww * 2.8) {
          for (let wx = x + ww; wx < x + bw - ww * 1.6; wx += ww * 2.2) {
            if (rng.chance(mood.night ? 0.45 : 0.8)) {
              out += `<rect x="${n(wx)}" y="${n(wy)}" width="${n(ww)}" height="${n(ww * 1.4)}" fill="${lit}" opacity="0.85"/>`;
            }
          }
        }
      }
      x += bw + rng.next() * 6;
    }
  }
  out += ground(scene, streetY, hsl(0, 0, mood.night ? 0.15 : 0.35));
  // A river embankment with trees in front of the street.
  out += `<rect x="0" y="${n(h * 0.88)}" width="${w}" height="${n(h * 0.12)}" fill="${hex(mood.water)}"/>`;
  for (let i = rng.int(6, 11); i > 0; i--) {
    const x = rng.next() * w;
    out += `<circle cx="${n(x)}" cy="${n(streetY - 6)}" r="${n(h * 0.03)}" fill="${hex(mix(mood.land, [30, 90, 40], 0.5))}"/>`;
  }
  return out;
}

const DRAW: Record<DemoPictureTheme, (scene: Scene) => string> = {
  mountains: drawMountains,
  river: drawRiver,
  terraces: drawTerraces,
  village: drawVillage,
  festival: drawFestival,
  city: drawCity,
};

/**
 * A standalone SVG picture of `theme` (random when omitted), `width`×`height`
 * pixels. Same rng state, same picture.
 */
export function demoPictureSvg(rng: Rng, width: number, height: number, theme?: DemoPictureTheme): string {
  const w = Math.max(1, Math.round(width));
  const h = Math.max(1, Math.round(height));
  const scene: Scene = { rng, w, h, mood: pickMood(rng), defs: [], ids: 0 };
  const chosen = theme ?? rng.pick(THEMES);
  const body = sky(scene) + DRAW[chosen](scene);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">` +
    `<defs>${scene.defs.join("")}</defs>${body}</svg>`
  );
}
