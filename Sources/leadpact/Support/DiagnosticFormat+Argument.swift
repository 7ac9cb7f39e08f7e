public import ArgumentParser
public import LeadpactDiagnostics

/// `--format text|json|github|sarif` on the command line.
extension DiagnosticFormat: ExpressibleByArgument {}
