public import ArgumentParser
public import LeadpactAudit

/// `--format text|markdown|html|json` of `leadpact queue`.
extension QueueFormat: ExpressibleByArgument {}
