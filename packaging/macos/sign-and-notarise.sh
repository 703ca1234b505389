#!/usr/bin/env bash
# Signs Crisiskaart.app with a Developer ID certificate (hardened runtime) and has Apple notarise it.
# Needs: MACOS_CERTIFICATE (base64 .p12), MACOS_CERTIFICATE_PASSWORD, MACOS_SIGNING_IDENTITY,
# APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD (an app-specific password). See docs/release.md.
set -euo pipefail
app=$1
keychain=build.keychain
echo "$MACOS_CERTIFICATE" | base64 --decode > certificate.p12
security create-keychain -p ci "$keychain"
security default-keychain -s "$keychain"
security unlock-keychain -p ci "$keychain"
security import certificate.p12 -k "$keychain" -P "$MACOS_CERTIFICATE_PASSWORD" -T /usr/bin/codesign
security set-key-partition-list -S apple-tool:,apple:,codesign: -s -k ci "$keychain"
rm certificate.p12
codesign --force --deep --options runtime --timestamp --entitlements packaging/macos/entitlements.plist \
  --sign "$MACOS_SIGNING_IDENTITY" "$app"
codesign --verify --deep --strict "$app"
ditto -c -k --keepParent "$app" notarise.zip
xcrun notarytool submit notarise.zip --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
  --password "$APPLE_APP_PASSWORD" --wait
xcrun stapler staple "$app"
rm notarise.zip
