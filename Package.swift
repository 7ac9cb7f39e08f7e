// swift-tools-version: 6.1
import PackageDescription

let upcoming: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "leadpact",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "leadpact", targets: ["leadpact"]),
        .library(name: "LeadpactContract", targets: ["LeadpactContract"]),
        .library(name: "LeadpactAudit", targets: ["LeadpactAudit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "CPrefetch"),
        .target(name: "LeadpactDiagnostics", swiftSettings: upcoming),
        .target(name: "LeadpactYAML", dependencies: ["CLibYAML", "LeadpactDiagnostics"], swiftSettings: upcoming),
        .target(name: "LeadpactCalendar", swiftSettings: upcoming),
        .target(name: "LeadpactExpressions", dependencies: ["LeadpactDiagnostics"], swiftSettings: upcoming),
        .target(
            name: "LeadpactContract",
            dependencies: [
                "LeadpactDiagnostics", "LeadpactYAML", "LeadpactCalendar", "LeadpactExpressions",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: upcoming
        ),
        .target(
            name: "LeadpactAudit",
            dependencies: [
                "LeadpactContract", "LeadpactCalendar", "LeadpactExpressions", "LeadpactDiagnostics", "LeadpactYAML",
                "CPrefetch",
            ],
            swiftSettings: upcoming
        ),
        .target(
            name: "LeadpactReview",
            dependencies: ["LeadpactAudit", "LeadpactContract", "LeadpactDiagnostics", "LeadpactCalendar", "LeadpactExpressions"],
            swiftSettings: upcoming
        ),
        .target(
            name: "LeadpactSignoff",
            dependencies: [
                "LeadpactContract", "LeadpactDiagnostics", "LeadpactYAML", "LeadpactCalendar", "LeadpactExpressions",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: upcoming
        ),
        .target(
            name: "LeadpactBacktest", dependencies: ["LeadpactContract", "LeadpactDiagnostics", "LeadpactAudit", "LeadpactSignoff"],
            swiftSettings: upcoming
        ),
        .executableTarget(
            name: "leadpact",
            dependencies: [
                "LeadpactDiagnostics", "LeadpactContract", "LeadpactCalendar", "LeadpactAudit",
                "LeadpactSignoff", "LeadpactBacktest", "LeadpactReview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: upcoming
        ),
        .executableTarget(
            name: "calendar-bench", dependencies: ["LeadpactCalendar"],
            path: "Benchmarks/CalendarBenchmark", swiftSettings: upcoming
        ),
        .testTarget(name: "LeadpactDiagnosticsTests", dependencies: ["LeadpactDiagnostics"], swiftSettings: upcoming),
        .testTarget(name: "LeadpactYAMLTests", dependencies: ["LeadpactYAML"], swiftSettings: upcoming),
        .testTarget(
            name: "LeadpactCalendarTests", dependencies: ["LeadpactCalendar"],
            exclude: ["Differential/reference.py"], swiftSettings: upcoming
        ),
        .testTarget(name: "LeadpactExpressionsTests", dependencies: ["LeadpactExpressions"], swiftSettings: upcoming),
        .testTarget(name: "LeadpactContractTests", dependencies: ["LeadpactContract"], swiftSettings: upcoming),
        .testTarget(name: "LeadpactAuditTests", dependencies: ["LeadpactAudit", "LeadpactContract"], swiftSettings: upcoming),
        .testTarget(
            name: "LeadpactReviewTests",
            dependencies: ["LeadpactReview", "LeadpactAudit", "LeadpactContract"],
            exclude: ["Differential/reference.py"], swiftSettings: upcoming
        ),
        .testTarget(
            name: "LeadpactSignoffTests",
            dependencies: [
                "LeadpactSignoff", "LeadpactContract", "LeadpactDiagnostics", "LeadpactYAML", "LeadpactCalendar",
                "LeadpactExpressions", .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "LeadpactBacktestTests", dependencies: ["LeadpactBacktest", "LeadpactAudit", "LeadpactContract", "LeadpactSignoff"],
            swiftSettings: upcoming
        ),
        .testTarget(name: "leadpactTests", dependencies: ["leadpact"], swiftSettings: upcoming),
    ],
    swiftLanguageModes: [.v6]
)
