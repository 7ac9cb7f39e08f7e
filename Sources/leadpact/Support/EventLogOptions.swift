import ArgumentParser

/// The event log every command that audits one takes (`audit`, `backtest`, `review`,
/// `queue`): `--events FILE…`, JSON lines or CSV, read in the order given.
struct EventLogOptions: ParsableArguments {
    @Option(
        name: .long, parsing: .upToNextOption,
        help: ArgumentHelp("Event files (JSON lines or .csv), read in this order.", valueName: "file"),
        completion: .anyFile)
    var events: [String]
}
