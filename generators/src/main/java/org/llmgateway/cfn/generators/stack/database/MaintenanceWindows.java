package org.llmgateway.cfn.generators.stack.database;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules RDS applies to backup and maintenance windows: UTC times, at least 30 minutes long,
 * and a backup window that does not overlap the maintenance window. RDS only rejects a bad window
 * after minutes of deployment, and the generated DBInstance type takes any string, so the
 * database stack checks its windows here when it builds the template.
 */
final class MaintenanceWindows {

  private static final int MINUTES_PER_DAY = 24 * 60;
  private static final int MINIMUM_MINUTES = 30;
  private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
  private static final Pattern DAILY =
      Pattern.compile("([01][0-9]|2[0-3]):([0-5][0-9])-([01][0-9]|2[0-3]):([0-5][0-9])");
  private static final Pattern WEEKLY =
      Pattern.compile("(mon|tue|wed|thu|fri|sat|sun):([01][0-9]|2[0-3]):([0-5][0-9])-"
          + "(mon|tue|wed|thu|fri|sat|sun):([01][0-9]|2[0-3]):([0-5][0-9])");

  private MaintenanceWindows() {}

  /** Both windows well-formed, long enough and apart; an IllegalStateException names the one. */
  static void check(String backupWindow, String maintenanceWindow) {
    checkDaily("PreferredBackupWindow", backupWindow);
    checkWeekly("PreferredMaintenanceWindow", maintenanceWindow);
    checkApart(backupWindow, maintenanceWindow);
  }

  /** Minutes since Monday 00:00 (weekly) or since 00:00 (daily), as a start and an end. */
  private record Span(int start, int end) {}

  static void checkDaily(String field, String window) {
    Span span = daily(field, window);
    requireLength(field, window, span, MINUTES_PER_DAY);
  }

  static void checkWeekly(String field, String window) {
    Span span = weekly(field, window);
    requireLength(field, window, span, 7 * MINUTES_PER_DAY);
  }

  /** The daily backup window must stay clear of the weekly maintenance window on every day. */
  static void checkApart(String backupWindow, String maintenanceWindow) {
    Span backup = daily("PreferredBackupWindow", backupWindow);
    Span maintenance = weekly("PreferredMaintenanceWindow", maintenanceWindow);
    int maintenanceLength = length(maintenance, 7 * MINUTES_PER_DAY);
    int backupLength = length(backup, MINUTES_PER_DAY);
    for (int day = 0; day < 7; day++) {
      int backupStart = day * MINUTES_PER_DAY + backup.start();
      if (overlaps(backupStart, backupLength, maintenance.start(), maintenanceLength)) {
        throw new IllegalStateException(
            "PreferredBackupWindow '" + backupWindow + "' overlaps PreferredMaintenanceWindow '"
                + maintenanceWindow + "'; RDS refuses overlapping windows");
      }
    }
  }

  private static boolean overlaps(int startA, int lengthA, int startB, int lengthB) {
    int week = 7 * MINUTES_PER_DAY;
    for (int shift = -week; shift <= week; shift += week) {
      int shiftedB = startB + shift;
      if (startA < shiftedB + lengthB && shiftedB < startA + lengthA) {
        return true;
      }
    }
    return false;
  }

  private static Span daily(String field, String window) {
    Matcher m = DAILY.matcher(window);
    if (!m.matches()) {
      throw new IllegalStateException(
          field + " '" + window + "' must be hh24:mi-hh24:mi in UTC, e.g. 03:00-04:00");
    }
    return new Span(minutes(m.group(1), m.group(2)), minutes(m.group(3), m.group(4)));
  }

  private static Span weekly(String field, String window) {
    Matcher m = WEEKLY.matcher(window);
    if (!m.matches()) {
      throw new IllegalStateException(
          field + " '" + window
              + "' must be ddd:hh24:mi-ddd:hh24:mi in UTC, e.g. sun:04:00-sun:05:00");
    }
    return new Span(
        DAYS.indexOf(m.group(1)) * MINUTES_PER_DAY + minutes(m.group(2), m.group(3)),
        DAYS.indexOf(m.group(4)) * MINUTES_PER_DAY + minutes(m.group(5), m.group(6)));
  }

  private static void requireLength(String field, String window, Span span, int cycle) {
    if (length(span, cycle) < MINIMUM_MINUTES) {
      throw new IllegalStateException(
          field + " '" + window + "' is shorter than the " + MINIMUM_MINUTES
              + " minutes RDS requires");
    }
  }

  /** A window may wrap past midnight (or past Sunday); a zero-length one is not a window. */
  private static int length(Span span, int cycle) {
    return Math.floorMod(span.end() - span.start(), cycle);
  }

  private static int minutes(String hours, String minutes) {
    return Integer.parseInt(hours) * 60 + Integer.parseInt(minutes);
  }
}
