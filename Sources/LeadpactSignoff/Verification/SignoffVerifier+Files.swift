extension SignoffVerifier {
    /// Verifies the sign-off file beside `contractPath` against `subject`, with the trust file
    /// at `trustPath` — by default `trusted-keys.yaml` in the contract's directory.
    public static func verify(_ subject: SignedSubject, contractPath: String, trustPath: String? = nil) -> SignoffVerification {
        let trust = TrustedKeys.load(path: trustPath ?? TrustedKeys.defaultPath(forContract: contractPath))
        let signoffs = SignoffFile.load(path: SignoffFile.path(forContract: contractPath))
        return SignoffVerifier(trust: trust).verify(subject, signoffs: signoffs, contractPath: contractPath)
    }
}
