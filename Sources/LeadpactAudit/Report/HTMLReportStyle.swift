/// The inline style sheet of the HTML report: readable on screen and when printed.
enum HTMLReportStyle {
    static let css = """
    :root { --ink: #0f172a; --muted: #64748b; --line: #e2e8f0; --sales: #0e7490; --marketing: #7c3aed; --bad: #dc2626; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #f8fafc; }
    main { max-width: 1200px; margin: 0 auto; padding: 24px; }
    h1 { font-size: 24px; margin: 0 0 4px; }
    h2 { font-size: 17px; margin: 0 0 10px; }
    .meta { color: var(--muted); margin: 0 0 16px; }
    code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
    section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 16px; margin: 0 0 16px; overflow-x: auto; }
    .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: 12px; background: none; border: 0; padding: 0; }
    .card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; }
    .card span { display: block; color: var(--muted); text-transform: uppercase; font-size: 11px; letter-spacing: .05em; }
    .card b { display: block; font-size: 28px; }
    .card small { color: var(--muted); }
    .card.sales { border-top: 4px solid var(--sales); }
    .card.marketing { border-top: 4px solid var(--marketing); }
    .charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(480px, 1fr)); gap: 16px; }
    .charts svg { width: 100%; height: auto; font-size: 11px; fill: var(--ink); }
    table { border-collapse: collapse; width: 100%; margin: 0 0 12px; }
    th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
    th { font-size: 12px; color: var(--muted); font-weight: 600; }
    td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
    table.breaches td:last-child { min-width: 280px; }
    table.breaches td:nth-child(5) { white-space: nowrap; }
    .side { padding: 1px 6px; border-radius: 4px; color: #fff; font-size: 12px; }
    .side.sales { background: var(--sales); }
    .side.marketing { background: var(--marketing); }
    .note { color: var(--muted); font-size: 12px; }
    .issues li.bad code { color: var(--bad); }
    .grid2 { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 16px; }
    @media print { body { background: #fff; } section { break-inside: avoid; } }

    """
}
