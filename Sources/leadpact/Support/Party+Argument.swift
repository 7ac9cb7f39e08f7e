public import ArgumentParser
public import LeadpactContract

/// `--party marketing|sales` of `leadpact sign` on the command line.
extension Party: ExpressibleByArgument {}
