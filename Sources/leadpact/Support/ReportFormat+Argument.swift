public import ArgumentParser
public import LeadpactAudit

/// `--format text|markdown|html|json|csv` on the command line.
extension ReportFormat: ExpressibleByArgument {}
