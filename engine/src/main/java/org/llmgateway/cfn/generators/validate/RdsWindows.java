package org.llmgateway.cfn.generators.validate;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules RDS applies to backup and maintenance windows (CreateDBInstance, checked 2026-12-01):
 * UTC times, at least 30 minutes long, and a daily backup window that stays clear of the weekly
 * maintenance window. RDS only rejects a bad window minutes into a deployment; the hand-written
 * DbInstance type checked them, the generated one takes any string, so rule LCF340 does.
 */
final class RdsWindows {

  private static final int MINUTES_PER_DAY = 24 * 60;
  private static final int MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;
  private static final int MINIMUM_MINUTES = 30;
  private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
  private static final Pattern DAILY =
      Pattern.compile("([01][0-9]|2[0-3]):([0-5][0-9])-([01][0-9]|2[0-3]):([0-5][0-9])");
  private static final Pattern WEEKLY =
      Pattern.compile("(mon|tue|wed|thu|fri|sat|sun):([01][0-9]|2[0-3]):([0-5][0-9])-"
          + "(mon|tue|wed|thu|fri|sat|sun):([01][0-9]|2[0-3]):([0-5][0-9])");

  private RdsWindows() {}

  /** Minutes since Monday 00:00 (weekly) or since 00:00 (daily), as a start and an end. */
  record Span(int start, int end) {}

  /** The daily window, or empty when it is not {@code hh24:mi-hh24:mi}. */
  static Optional<Span> daily(String window) {
    Matcher m = DAILY.matcher(window);
    return m.matches()
        ? Optional.of(new Span(minutes(m.group(1), m.group(2)), minutes(m.group(3), m.group(4))))
        : Optional.empty();
  }

  /** The weekly window, or empty when it is not {@code ddd:hh24:mi-ddd:hh24:mi}. */
  static Optional<Span> weekly(String window) {
    Matcher m = WEEKLY.matcher(window);
    return m.matches()
        ? Optional.of(new Span(
            DAYS.indexOf(m.group(1)) * MINUTES_PER_DAY + minutes(m.group(2), m.group(3)),
            DAYS.indexOf(m.group(4)) * MINUTES_PER_DAY + minutes(m.group(5), m.group(6))))
        : Optional.empty();
  }

  static boolean tooShort(Span span, boolean weekly) {
    return length(span, weekly ? MINUTES_PER_WEEK : MINUTES_PER_DAY) < MINIMUM_MINUTES;
  }

  /** Whether the daily backup window meets the weekly maintenance window on any day. */
  static boolean overlap(Span backup, Span maintenance) {
    int backupLength = length(backup, MINUTES_PER_DAY);
    int maintenanceLength = length(maintenance, MINUTES_PER_WEEK);
    for (int day = 0; day < 7; day++) {
      int backupStart = day * MINUTES_PER_DAY + backup.start();
      for (int shift = -MINUTES_PER_WEEK; shift <= MINUTES_PER_WEEK; shift += MINUTES_PER_WEEK) {
        int maintenanceStart = maintenance.start() + shift;
        if (backupStart < maintenanceStart + maintenanceLength
            && maintenanceStart < backupStart + backupLength) {
          return true;
        }
      }
    }
    return false;
  }

  /** A window may wrap past midnight (or past Sunday); a zero-length one is not a window. */
  private static int length(Span span, int cycle) {
    return Math.floorMod(span.end() - span.start(), cycle);
  }

  private static int minutes(String hours, String minutes) {
    return Integer.parseInt(hours) * 60 + Integer.parseInt(minutes);
  }
}
