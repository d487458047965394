import { DATA_SAVER_ATTRIBUTE, DATA_SAVER_KEY } from "./data-saver-mode";

// The same rule as dataSaverActive, as a one-line inline script (the public
// CSP allows inline scripts; a fixed one keeps pages cacheable). Rendered
// before the page's content, so lazy pictures that 省流量 hides are never
// rendered, and so never fetched. It also answers taps on the placeholders
// (「点按加载图片」) at once, before React has hydrated, and with no chunk
// of its own: the placeholder's picture gets `data-saver-shown`, which lets
// app/globals.css draw it, and the browser fetches it then.
const key = JSON.stringify(DATA_SAVER_KEY);
const attribute = JSON.stringify(DATA_SAVER_ATTRIBUTE);

export const APPLY_DATA_SAVER_SCRIPT =
  `(function(){var c=null;try{c=localStorage.getItem(${key})}catch(e){}` +
  `var n=navigator.connection;` +
  `if(c==="on"||(c!=="off"&&!!n&&(n.saveData===true||n.effectiveType==="slow-2g"||n.effectiveType==="2g")))document.documentElement.setAttribute(${attribute},"on");` +
  `document.addEventListener("click",function(e){var t=e.target,b=t&&t.closest&&t.closest("[data-saver-load]"),p=b&&b.closest("[data-saver-picture]");if(p)p.setAttribute("data-saver-shown","")})})()`;
