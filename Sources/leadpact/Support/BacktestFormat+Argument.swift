public import ArgumentParser
public import LeadpactBacktest

/// `--format text|markdown|html|json` of `leadpact backtest` on the command line.
extension BacktestFormat: ExpressibleByArgument {}
