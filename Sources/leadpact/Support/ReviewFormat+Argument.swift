public import ArgumentParser
public import LeadpactReview

/// `--format text|markdown|html|json` of `leadpact review`.
extension ReviewFormat: ExpressibleByArgument {}
