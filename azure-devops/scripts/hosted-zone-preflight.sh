#!/usr/bin/env bash
# Pre-flight of the alb stack, before any stack is touched: does the Route 53 hosted zone exist,
# is it public, and does it serve the domain? The same questions as the CLI's deploy
# (HostedZoneCheck):
#
#   hosted-zone-preflight.sh ENVIRONMENT PARAMETER_FILE
#
# DomainName and HostedZoneId come from the parameter file; both empty means plain HTTP and
# nothing is asked. The shipped placeholders (a name under example.com/.net/.org, or the zone id
# Z0000000000000EXAMPLE) are refused without asking. Otherwise GetHostedZone: the zone exists, is
# not private, and the domain is its name or a name under it. Refuses with one line naming the
# setting to change in environments/ENVIRONMENT.yaml and exits 2; any other AWS CLI failure
# fails the step too (an unanswered question is not a yes). Needs route53:GetHostedZone.
set -euo pipefail

if [ "$#" -ne 2 ]; then
  echo "usage: $0 ENVIRONMENT PARAMETER_FILE" >&2
  exit 2
fi
environment="$1"
parameter_file="$2"
settings="environments/$environment.yaml"

value() {
  jq -r --arg key "$1" '.[] | select(.ParameterKey == $key) | .ParameterValue' "$parameter_file"
}

refuse() {
  echo "##vso[task.logissue type=error]$settings: $1"
  exit 2
}

domain="$(value DomainName)"
zone_id="$(value HostedZoneId)"
if [ -z "$domain" ] && [ -z "$zone_id" ]; then
  echo "Pre-flight: no domain for $environment, plain HTTP on the load balancer's name"
  exit 0
fi
if [[ "$domain" =~ (^|\.)example\.(com|net|org)\.?$ ]] || [ "$zone_id" = Z0000000000000EXAMPLE ]; then
  refuse "domainName $domain and hostedZoneId $zone_id are the shipped placeholders: set domainName to your domain and hostedZoneId to its Route 53 public hosted zone (or plainHttpAccepted: true without a domain)"
fi

errors="$(mktemp)"
trap 'rm -f "$errors"' EXIT
if ! zone="$(aws route53 get-hosted-zone --id "$zone_id" --output json 2>"$errors")"; then
  if grep -q NoSuchHostedZone "$errors"; then
    refuse "hostedZoneId $zone_id: Route 53 has no such hosted zone in this account; set hostedZoneId to the public zone of $domain"
  fi
  cat "$errors" >&2
  exit 1
fi
zone_name="$(printf '%s' "$zone" | jq -r '.HostedZone.Name | rtrimstr(".")')"
private="$(printf '%s' "$zone" | jq -r '.HostedZone.Config.PrivateZone // false')"
if [ "$private" = true ]; then
  refuse "hostedZoneId $zone_id ($zone_name) is a private zone; ACM validates the certificate in public DNS, set hostedZoneId to the public zone of $domain"
fi
name="${domain%.}"
name="${name,,}"
zone_lower="${zone_name,,}"
if [ "$name" != "$zone_lower" ] && [[ "$name" != *".$zone_lower" ]]; then
  refuse "domainName $domain is not in hosted zone $zone_id ($zone_name); set hostedZoneId to the zone of $domain or domainName to a name under $zone_name"
fi
echo "Pre-flight: Route 53 hosted zone $zone_id ($zone_name) serves $domain for $environment-alb-stack"
