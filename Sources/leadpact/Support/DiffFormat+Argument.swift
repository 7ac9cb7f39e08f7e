public import ArgumentParser
public import LeadpactSignoff

/// `--format text|markdown|json` of `leadpact diff` on the command line.
extension DiffFormat: ExpressibleByArgument {}
