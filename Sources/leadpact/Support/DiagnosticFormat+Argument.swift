public import ArgumentParser
public import LeadpactDiagnostics

/// `--format text|json|github|sarif|junit` on the command line.
extension DiagnosticFormat: ExpressibleByArgument {}
