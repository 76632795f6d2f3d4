// Pure helpers of the people-and-keys admin page (#/admin/users).
/** "4B, ICU" → ["4B", "ICU"]: the units field as the API wants it. */
export function parseUnits(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,]+/)
        .map((u) => u.trim().toUpperCase())
        .filter(Boolean),
    ),
  ];
}
