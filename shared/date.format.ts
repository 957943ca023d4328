// Dates and times in a gate's zone, for the player's clock and the console's tables alike.

/**
 * An Intl.DateTimeFormat in `options.timeZone`, or in the runtime's own zone when the name is one it does not
 * know (an old browser's time-zone data, a typo that got stored): a time off by a zone beats a blank page.
 */
export function zonedFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale, options);
  } catch {
    const { timeZone: _unknown, ...rest } = options;
    return new Intl.DateTimeFormat(locale, rest);
  }
}
