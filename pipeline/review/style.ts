// The reviewers' stylesheet: a calm three-column desk, the Italian beside each translation, states by colour.
export const REVIEW_STYLESHEET = `
:root{color-scheme:light;--ink:#1d1d1f;--muted:#5f6368;--rule:#e3e3e8;--paper:#f6f6f8;--accent:#0b5cad;
--reviewed:#1e7d45;--reviewed-bg:#e5f4ea;--machine:#8a5a00;--machine-bg:#fdf1d8;--stale:#a8321e;--stale-bg:#fbe6e1;--missing:#6b6b73;--missing-bg:#ececf0;--quote:#e8f0fb}
*{box-sizing:border-box}
body{margin:0;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Hiragino Sans","Yu Gothic","Noto Sans CJK JP",sans-serif;color:var(--ink);background:var(--paper)}
a{color:var(--accent)}
header.bar{position:sticky;top:0;z-index:2;display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;align-items:center;padding:.6rem 1.25rem;background:#fff;border-bottom:1px solid var(--rule)}
header.bar .brand{font-weight:700;text-decoration:none;color:var(--ink)}
header.bar .brand span{color:var(--muted);font-weight:500}
header.bar nav.languages{margin-left:auto;display:flex;gap:.6rem;font-size:.9rem}
header.bar nav.languages strong{font-weight:600}
header.bar label{color:var(--muted);font-size:.9rem}
header.bar input{font:inherit;padding:.2rem .45rem;border:1px solid var(--rule);border-radius:6px;width:12rem}
main{max-width:110rem;margin:0 auto;padding:1.25rem}
h1{font-size:1.45rem;line-height:1.25;margin:.2rem 0 .3rem}
.lede{color:var(--muted);margin:0 0 1rem}
.crumbs{font-size:.9rem;margin:0}
table.releases{width:100%;border-collapse:collapse;background:#fff;border:1px solid var(--rule);border-radius:8px}
table.releases th,table.releases td{text-align:left;padding:.65rem .8rem;border-bottom:1px solid var(--rule);vertical-align:top}
table.releases th{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);font-weight:600}
table.releases td.title a{font-weight:600;text-decoration:none}
table.releases .id{display:block;color:var(--muted);font-size:.8rem}
.counts{display:flex;flex-wrap:wrap;gap:.3rem;margin-top:.3rem}
.pill{display:inline-block;padding:.05rem .5rem;border-radius:999px;font-size:.78rem;font-weight:600;white-space:nowrap}
.pill.reviewed{color:var(--reviewed);background:var(--reviewed-bg)}
.pill.approved{color:#fff;background:var(--reviewed)}
.pill.machine{color:var(--machine);background:var(--machine-bg)}
.pill.stale{color:var(--stale);background:var(--stale-bg)}
.pill.memory{color:var(--accent);background:#e3ecf8}
.pill.missing{color:var(--missing);background:var(--missing-bg)}
svg.bar{display:block;width:100%;max-width:16rem;height:8px;border-radius:4px;overflow:hidden}
svg.bar .approved{fill:#0f5530} svg.bar .reviewed{fill:var(--reviewed)} svg.bar .machine{fill:#e0a526} svg.bar .stale{fill:var(--stale)} svg.bar .missing{fill:#cfcfd6}
.summary{display:grid;grid-template-columns:repeat(auto-fit,minmax(20rem,1fr));gap:.8rem;margin:1rem 0 1.25rem}
.summary section{background:#fff;border:1px solid var(--rule);border-radius:8px;padding:.7rem .9rem}
.summary h2{font-size:1rem;margin:0 0 .35rem;display:flex;gap:.6rem;align-items:baseline}
.summary h2 a{font-size:.85rem;font-weight:500}
.summary form{margin:.55rem 0 0}
.summary .status{margin:.4rem 0 0}.status:empty{display:none}
.columns,.row{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:0 1.1rem}.columns.two,.row.two{grid-template-columns:repeat(2,minmax(0,1fr))}
.columns{position:sticky;top:3.1rem;z-index:1;background:var(--paper);padding:.35rem .9rem;font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);font-weight:600}
.row{background:#fff;border:1px solid var(--rule);border-radius:8px;padding:.8rem .9rem;margin:0 0 .7rem}
.row:target{outline:2px solid var(--accent)}
.kind{grid-column:1/-1;font-size:.75rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);margin:0 0 .3rem}
.source{font-size:1rem}
.source p{margin:0}
q.quote{quotes:none;background:var(--quote);border-bottom:2px solid #8fb3e6;border-radius:2px;padding:0 .1rem}
.speaker{display:inline-block;margin:0 .25rem;padding:0 .4rem;border-radius:999px;background:#d4e3f8;color:#123f77;font-size:.72rem;font-weight:600;vertical-align:.1em;white-space:nowrap}
.speaker.described{background:#ececec;color:#444;font-style:italic;font-weight:400}
.rendered{margin:.3rem 0 0;font-size:.85rem;color:var(--muted);border-left:2px solid var(--rule);padding-left:.5rem}.cell{display:flex;flex-direction:column;gap:.35rem;min-width:0}
.cell-head{display:flex;gap:.5rem;align-items:baseline;flex-wrap:wrap}
.cell-head .meta{color:var(--muted);font-size:.78rem}
textarea{font:inherit;font-size:.95rem;width:100%;min-height:3.2rem;padding:.45rem .55rem;border:1px solid #cfcfd6;border-radius:6px;resize:vertical;background:#fff}
textarea:lang(ja){line-height:1.75}
textarea:focus{outline:2px solid var(--accent);outline-offset:-1px}
.actions{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center;margin-top:.35rem}.actions .status{margin-left:.3rem}
button{font:inherit;font-size:.85rem;padding:.3rem .8rem;border-radius:6px;border:1px solid #b9b9c3;background:#fff;cursor:pointer}
button.primary{background:var(--accent);border-color:var(--accent);color:#fff}
button.approve{border-color:var(--reviewed);color:var(--reviewed)}
button:disabled{opacity:.5;cursor:wait}
.changes{border-left:3px solid var(--stale);background:var(--stale-bg);border-radius:0 6px 6px 0;padding:.4rem .6rem;font-size:.88rem}
.changes summary{font-weight:600;color:var(--stale);cursor:pointer}
.changes dl{margin:.35rem 0 0}
.changes dt{font-size:.72rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);margin-top:.3rem}
.changes dd{margin:0}
del{background:#f6c9c0;text-decoration:line-through;text-decoration-color:#a8321e}
ins{background:#c9ecd4;text-decoration:none}del+ins,ins+del{margin-left:.2em}
.status{font-size:.85rem;min-height:1.2em;margin:0}
.status.ok{color:var(--reviewed)}
.status.error{color:var(--stale)}
.conflict{border:1px solid var(--stale);background:#fff7f5;border-radius:6px;padding:.5rem .65rem;font-size:.88rem}
.conflict strong{color:var(--stale)}
.conflict .theirs{white-space:pre-wrap;background:#fff;border:1px dashed #d9a79c;border-radius:4px;padding:.3rem .45rem;margin:.35rem 0}
.findings{margin:.3rem 0 0;padding:0;list-style:none;font-size:.85rem}
.findings li{border-left:3px solid;border-radius:0 4px 4px 0;padding:.2rem .5rem;margin:.2rem 0}
.findings li.error{border-color:var(--stale);background:var(--stale-bg);color:#6e1f12}
.findings li.warning{border-color:#e0a526;background:var(--machine-bg);color:#5a3c00}
.findings .rule{color:var(--muted);font-size:.75rem}
.blocked{font-size:.85rem;color:var(--stale);margin:.4rem 0 0}
.problem{background:var(--stale-bg);color:var(--stale);border-radius:6px;padding:.5rem .7rem}
.notice{background:#fff;border:1px solid var(--rule);border-radius:8px;padding:1rem 1.2rem;max-width:48rem}
.notice pre{white-space:pre-wrap}
dialog#shortcuts{border:1px solid var(--rule);border-radius:8px;padding:1rem 1.2rem;max-width:36rem}
dialog#shortcuts::backdrop{background:rgba(0,0,0,.25)}
dialog#shortcuts h2{font-size:1.1rem;margin:0 0 .6rem}
dialog#shortcuts td{padding:.2rem .6rem .2rem 0;vertical-align:top}
kbd{font:inherit;font-size:.8rem;padding:.05rem .35rem;border:1px solid #b9b9c3;border-bottom-width:2px;border-radius:4px;background:#fff;white-space:nowrap}
header.bar #shortcuts-open{font-size:.8rem;padding:.15rem .55rem}
.changes .use-previous{margin-top:.35rem}
header.bar form.search input{width:14rem}
.sort,.filters{font-size:.9rem;color:var(--muted);margin:.2rem 0 .8rem}
table.releases td.work{font-variant-numeric:tabular-nums;font-weight:600}
ol.hits{list-style:none;padding:0}ol.hits li{background:#fff;border:1px solid var(--rule);border-radius:8px;padding:.6rem .9rem;margin:0 0 .6rem}
ol.hits .where{margin:0 0 .3rem;font-weight:600}ol.hits .id{color:var(--muted);font-weight:400;font-size:.8rem}
ol.hits dl{display:grid;grid-template-columns:7rem 1fr;gap:.15rem .6rem;margin:0}ol.hits dt{color:var(--muted);font-size:.8rem}ol.hits dd{margin:0}
mark{background:#ffe58a;border-radius:2px}
aside.terms{margin:.5rem 0 0;font-size:.85rem;background:var(--paper);border-radius:6px;padding:.35rem .55rem}
aside.terms .terms-title{margin:0;font-size:.72rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
aside.terms ul{margin:.15rem 0 0;padding:0;list-style:none}aside.terms .term{font-weight:600}
aside.terms .keep{color:var(--machine)}aside.terms abbr{text-decoration:none;color:var(--muted);font-size:.72rem}
.tag-editor{font-size:.95rem;width:100%;min-height:3.2rem;padding:.45rem .55rem;border:1px solid #cfcfd6;border-radius:6px;background:#fff;white-space:pre-wrap;line-height:1.9}
.tag-editor:lang(ja){line-height:2}.tag-editor:focus{outline:2px solid var(--accent);outline-offset:-1px}
.chip{display:inline-block;margin:0 .12rem;padding:0 .35rem;border-radius:4px;background:#d4e3f8;color:#123f77;font-size:.75rem;font-weight:600;line-height:1.5;cursor:grab;user-select:all;white-space:nowrap}
.chip.close{background:#e3ecf8}
.suggestions{border-left:3px solid var(--accent);background:#eef4fb;border-radius:0 6px 6px 0;padding:.4rem .6rem;font-size:.88rem}
.suggestions summary{font-weight:600;color:var(--accent);cursor:pointer}.suggestions ol{margin:.3rem 0 0;padding-left:1.1rem}
.suggestions p{margin:.15rem 0}.suggestions .match-target{background:#fff;border-radius:4px;padding:.2rem .4rem}
.with-preview{display:grid;grid-template-columns:minmax(0,1fr) minmax(22rem,32%);gap:1.1rem;align-items:start}
.preview-pane{position:sticky;top:3.4rem;height:calc(100vh - 4.4rem);display:flex;flex-direction:column;background:#fff;border:1px solid var(--rule);border-radius:8px;overflow:hidden}
.preview-head{margin:0;padding:.45rem .8rem;border-bottom:1px solid var(--rule);font-size:.85rem;display:flex;gap:.5rem;align-items:baseline}
.preview-head .preview-open{margin-left:auto}
.preview-pane iframe{flex:1;width:100%;border:0;background:#fff}
.preview-pane[data-state=loading] iframe{opacity:.85}
@media (max-width:80rem){.with-preview{grid-template-columns:1fr}.preview-pane{position:static;height:70vh}}
.cell-head .approved-by{color:var(--reviewed);font-weight:600}.cell-head .awaiting{color:var(--machine)}
.lane{display:flex;flex-direction:column;gap:.35rem;min-width:0}
.comments{border-top:1px dashed var(--rule);padding-top:.3rem;font-size:.88rem}
.comments summary{cursor:pointer;color:var(--muted);font-weight:600}
.comments .badge{display:inline-block;min-width:1.3rem;padding:0 .35rem;border-radius:999px;background:var(--missing-bg);color:var(--ink);text-align:center;font-size:.75rem}
.comments[data-count]:not([data-count="0"]) .badge{background:var(--accent);color:#fff}
.comments ol.thread{list-style:none;margin:.3rem 0;padding:0}.comments ol.thread li{background:var(--paper);border-radius:6px;padding:.3rem .5rem;margin:.25rem 0}
.comments .comment-head{margin:0;color:var(--muted);font-size:.78rem}.comments .comment-text{margin:.1rem 0 0;white-space:pre-wrap}
.comments textarea{min-height:2.4rem;font-size:.88rem}
@media (max-width:60rem){.columns{display:none}.row{grid-template-columns:1fr !important}.cell,.lane{margin-top:.6rem}}
`
  .trim()
  .replace(/\n/g, '');
