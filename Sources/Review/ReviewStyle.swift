import FactCore

/// The inline stylesheet of every review page.
///
/// System fonts only (nothing is fetched); one column up to 76rem wide, the
/// facts table scrolling sideways on narrow screens; focus outlines 3px,
/// never removed.
enum ReviewStyle {
    static let css: String = {
        let t = ReviewTheme.self
        var css = """
        :root{color-scheme:light}
        *,*::before,*::after{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
        body{margin:0;background:\(t.background);color:\(t.text);font:16px/1.6 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","WenQuanYi Micro Hei","PingFang SC","Microsoft YaHei",sans-serif}
        a{color:\(t.link)}
        a:focus,button:focus,select:focus,summary:focus,[tabindex]:focus{outline:3px solid \(t.focus);outline-offset:2px}
        .skip{position:absolute;left:-9999px;top:0}
        .skip:focus{left:.5rem;top:.5rem;z-index:30;background:\(t.background);padding:.25rem .5rem}
        .wrap{max-width:76rem;margin:0 auto;padding:0 1.25rem}
        header.top{border-bottom:1px solid \(t.rule);background:\(t.panel);padding:.75rem 0 .5rem}
        h1{font-size:1.5rem;line-height:1.3;margin:0 0 .25rem}
        h2{font-size:1.25rem;margin:1.5rem 0 .25rem;overflow-wrap:anywhere}
        h3{font-size:1.05rem;margin:1.25rem 0 .4rem}
        .summary,.meta,.keys,.shown,.empty{color:\(t.muted)}
        .summary,.meta{margin:0 0 .5rem}
        .legend{display:flex;flex-wrap:wrap;align-items:baseline;gap:.3rem .6rem;margin:.25rem 0}
        .legend h2{font-size:1rem;margin:0 .25rem 0 0}
        .legend ul{display:contents;list-style:none}
        .legend li{white-space:nowrap}
        .legend .n{color:\(t.muted);font-size:.875rem}
        .keys{font-size:.875rem;margin:.25rem 0 0}
        kbd{font:inherit;font-family:ui-monospace,monospace;border:1px solid \(t.rule);border-bottom-width:2px;border-radius:4px;padding:0 .3em;background:\(t.background);color:\(t.text)}
        .swatch{display:inline-block;padding:0 .4em;border-radius:3px;border-bottom:3px solid;color:\(KindPalette.text);line-height:1.5}
        .swatch.flagdemo{background:\(t.background);border-bottom:0;text-decoration:underline wavy \(t.warning);text-underline-offset:4px}
        nav.toc ol{columns:18rem;padding-left:1.5rem}
        nav.pager{display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;margin:.25rem 0}
        .text{white-space:pre-wrap;overflow-wrap:anywhere;font-size:1.0625rem;line-height:2.15;padding:.75rem 1rem;border:1px solid \(t.rule);border-radius:6px;background:\(t.background)}
        mark.fact{color:\(KindPalette.text);border-bottom:3px solid;border-radius:3px;padding:0 .06em;cursor:pointer;-webkit-box-decoration-break:clone;box-decoration-break:clone}
        mark.fact:hover{filter:brightness(.95)}
        mark.fact:focus{outline:3px solid \(t.focus);outline-offset:2px}
        mark.fact.dim{background:transparent;border-bottom-style:dotted}
        .flagged,.flag{text-decoration:underline wavy var(--sev);text-decoration-thickness:2px;text-underline-offset:6px}
        mark.flagged{box-shadow:inset 0 0 0 1px var(--sev)}
        .sev-error{--sev:\(t.error)}
        .sev-warning{--sev:\(t.warning)}
        .sev-info{--sev:\(t.info)}
        .findings{margin:.5rem 0 .75rem;padding:.5rem .75rem;background:\(t.panel);border-radius:6px}
        .findings summary{font-weight:600;cursor:pointer}
        .findings ol{margin:.25rem 0;padding-left:1.5rem}
        .findings li .sev,.rule{font-weight:600;color:var(--sev)}
        .cite.other{color:\(t.muted)}
        .controls{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;margin:.25rem 0 .5rem}
        select{font:inherit;padding:.15rem .3rem;color:\(t.text);background:\(t.background);border:1px solid \(t.muted);border-radius:4px}
        .table-wrap{overflow-x:auto;-webkit-overflow-scrolling:touch;border:1px solid \(t.rule);border-radius:6px}
        table.facts{border-collapse:collapse;width:100%;font-size:.9375rem}
        table.facts th,table.facts td{padding:.3rem .55rem;border-bottom:1px solid \(t.rule);text-align:left;vertical-align:top}
        table.facts thead th{position:sticky;top:0;background:\(t.panel);white-space:nowrap}
        table.facts td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        table.facts td:nth-child(2){white-space:nowrap}
        table.facts td:nth-child(9){min-width:8rem}
        th button{font:inherit;font-weight:600;color:inherit;background:none;border:0;padding:0;cursor:pointer}
        th[aria-sort=ascending] button::after{content:" \\25B2"}
        th[aria-sort=descending] button::after{content:" \\25BC"}
        tbody tr{cursor:pointer}
        tbody tr:hover{background:\(t.panel)}
        tbody tr.hit{background:#fff1b8}
        tbody tr:focus{outline:3px solid \(t.focus);outline-offset:-3px}
        tbody tr[data-flagged] td:first-child{box-shadow:inset 4px 0 0 var(--sev)}
        button.goto{font:inherit;min-width:2.25rem;padding:.05rem .35rem;border:1px solid \(t.rule);border-radius:4px;background:\(t.background);color:\(t.link);cursor:pointer}
        .descs{display:none}
        #tip{position:absolute;z-index:20;max-width:min(26rem,calc(100vw - 16px));background:\(t.background);color:\(t.text);border:1px solid \(t.text);border-radius:6px;box-shadow:0 4px 14px rgba(0,0,0,.2);padding:.45rem .7rem;font-size:.9rem;line-height:1.5;pointer-events:none}
        #tip[hidden]{display:none}
        .desc .d-head{display:block;font-weight:600;margin-bottom:.15rem}
        .desc .kv{display:block}
        .desc .k{display:inline-block;min-width:5.5rem;color:\(t.muted);font-family:ui-monospace,monospace;font-size:.85em}
        .desc .finding .k{color:var(--sev)}
        .failed li{overflow-wrap:anywhere}
        .index-wrap{margin-top:1rem}
        table.index{border-collapse:collapse;width:100%}
        table.index th,table.index td{padding:.3rem .55rem;border-bottom:1px solid \(t.rule);text-align:left;vertical-align:top}
        table.index td.num{text-align:right;font-variant-numeric:tabular-nums}
        .sr-only{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
        footer{margin:2rem 0 1rem;color:\(t.muted);font-size:.875rem}
        @media (max-width:40rem){
        .wrap{padding:0 .7rem}
        h1{font-size:1.25rem}
        .text{font-size:1rem;line-height:2.05;padding:.5rem .6rem}
        table.facts{font-size:.875rem}
        .keys{display:none}
        }
        @media print{#tip,.controls,.keys{display:none}.table-wrap{overflow:visible}}

        """
        for kind in FactKind.allCases {
            let style = KindPalette.style(of: kind)
            css += ".k-\(kind.rawValue){background:\(style.background);border-bottom-color:\(style.border)}\n"
        }
        return css
    }()
}
