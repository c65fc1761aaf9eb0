// The one stylesheet, inlined in every page: readable on a phone, clean on paper, no external requests.
export const STYLESHEET = `
:root{color-scheme:light;--ink:#1d1d1f;--muted:#5f6368;--rule:#d9d9de;--accent:#0b5cad;--quote:#f3f6fb}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:17px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Hiragino Sans","Yu Gothic",sans-serif;color:var(--ink);background:#fff}
:lang(ja) body,body:lang(ja){line-height:1.8;word-break:keep-all;overflow-wrap:anywhere;line-break:strict}
a{color:var(--accent)}
.site{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:baseline;justify-content:space-between;padding:.75rem 1.25rem;border-bottom:1px solid var(--rule)}
.site .name{font-weight:700;text-decoration:none;color:var(--ink)}
.site nav ul{display:flex;gap:1rem;list-style:none;margin:0;padding:0}
main{max-width:42rem;margin:0 auto;padding:1.5rem 1.25rem 3rem}
h1{font-size:1.9rem;line-height:1.2;margin:.25rem 0 .5rem}
h2{font-size:1.25rem;margin:2rem 0 .5rem}
.subtitle{font-size:1.15rem;color:var(--muted);margin:0 0 1.5rem}
.machine,.withheld{border:2px solid #b45309;border-radius:4px;padding:.6rem .9rem;margin:0 0 1.5rem;font-weight:600}
.meta{color:var(--muted);font-size:.9rem;margin:0}
.dateline{font-weight:700}
q{quotes:none}
q[data-speaker]{background:var(--quote);border-radius:2px}
.about,.contacts{border-top:1px solid var(--rule);margin-top:2rem;font-size:.95rem}
.contacts ul,.releases{list-style:none;padding:0}
.contacts li{margin:.5rem 0}
.releases li{margin:0 0 1.25rem}
.releases a{font-size:1.1rem;font-weight:600;text-decoration:none}
.releases p{margin:.1rem 0;color:var(--muted)}
.embargo{border:2px solid #b3261e;color:#b3261e;padding:.5rem .75rem;font-weight:700}
.correction,.withdrawn{border-left:4px solid #b3261e;padding:.25rem .75rem;margin:1rem 0;background:#fdf3f2}
.agencies{border-top:1px solid var(--rule);margin-top:2rem;font-size:.95rem}
.pages{display:flex;gap:1rem;list-style:none;padding:0}
.months{display:flex;flex-wrap:wrap;gap:.25rem 1.5rem;list-style:none;padding:0}
@media (max-width:30rem){body{font-size:16px}h1{font-size:1.5rem}}
@media print{.site nav,.alternates{display:none}body{font-size:11pt;color:#000}main{max-width:none;padding:0}a{color:inherit;text-decoration:none}.contacts a[href^="mailto:"]::after{content:""}}
`
  .trim()
  .replace(/\n/g, '');

/** Added only to pages that show pictures, so that every other page stays as it was. */
export const PICTURE_STYLESHEET = '.picture{margin:1.5rem 0}.picture img{display:block;width:100%;height:auto;background:var(--quote)}.picture figcaption{font-size:.9rem;color:var(--muted);margin-top:.4rem}.picture .credit{display:block;font-size:.8rem}';
