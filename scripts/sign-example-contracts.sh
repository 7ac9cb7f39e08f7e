#!/usr/bin/env bash
# Signs the shipped example contracts (contracts/*.sla.yaml) with fresh throwaway keys:
# writes their public halves to contracts/trusted-keys.yaml and the sign-offs beside each
# contract. The private halves live in a temporary directory that is removed at the end,
# so they are never committed. Run it after changing an example contract on purpose.
#
#   scripts/sign-example-contracts.sh
set -euo pipefail
cd "$(dirname "$0")/.."

swift build --product leadpact >/dev/null
leadpact=".build/debug/leadpact"
keys="$(mktemp -d)"
trap 'rm -rf "$keys"' EXIT

# Who signs which contract: marketing key, sales key.
signers() {
    case "$1" in
        acme-global) echo "dana-lee sam-ortiz" ;;
        northwind-saas) echo "priya-raman marcus-webb" ;;
        *) echo "example-marketing example-sales" ;;
    esac
}

marketing_keys=() sales_keys=()
for contract in contracts/*.sla.yaml; do
    read -r marketing sales <<<"$(signers "$(basename "$contract" .sla.yaml)")"
    for name in "$marketing" "$sales"; do
        [[ -e "$keys/$name.key" ]] || "$leadpact" keys new --name "$name" -o "$keys" >/dev/null 2>&1
    done
    [[ " ${marketing_keys[*]} " == *" $marketing "* ]] || marketing_keys+=("$marketing")
    [[ " ${sales_keys[*]} " == *" $sales "* ]] || sales_keys+=("$sales")
done

{
    echo "# Keys trusted to sign the contracts in this directory, by party (see docs/signoff.md)."
    echo "# These are throwaway example keys made by scripts/sign-example-contracts.sh; their private"
    echo "# halves were never committed. Replace them with your leaders' own keys, and protect this"
    echo "# file with CODEOWNERS: whoever can edit it decides who may sign."
    echo "marketing:"
    for name in "${marketing_keys[@]}"; do cat "$keys/$name.pub"; done
    echo "sales:"
    for name in "${sales_keys[@]}"; do cat "$keys/$name.pub"; done
} > contracts/trusted-keys.yaml

sign_both() { # CONTRACT MARKETING-KEY SALES-KEY
    "$leadpact" sign "$1" --party marketing --key "$keys/$2.key"
    "$leadpact" sign "$1" --party sales --key "$keys/$3.key"
}

for contract in contracts/*.sla.yaml; do
    name="$(basename "$contract" .sla.yaml)"
    read -r marketing sales <<<"$(signers "$name")"
    rm -f "contracts/$name.sla.signoff.yaml"
    # Earlier versions kept in contracts/history/ were signed first: their entries are the history.
    for old in contracts/history/"$name"-*.sla.yaml; do
        [[ -e "$old" ]] || continue
        scratch="$(mktemp -d)"
        cp "$old" "$scratch/$name.sla.yaml"
        cp contracts/trusted-keys.yaml "$scratch/"
        [[ -e "contracts/$name.sla.signoff.yaml" ]] && cp "contracts/$name.sla.signoff.yaml" "$scratch/$name.sla.signoff.yaml"
        sign_both "$scratch/$name.sla.yaml" "$marketing" "$sales" >/dev/null
        cp "$scratch/$name.sla.signoff.yaml" "contracts/$name.sla.signoff.yaml"
        rm -rf "$scratch"
    done
    sign_both "$contract" "$marketing" "$sales"
    "$leadpact" verify "$contract"
done
