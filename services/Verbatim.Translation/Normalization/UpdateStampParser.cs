using System.Globalization;
using System.Text.RegularExpressions;

namespace Verbatim.Translation.Normalization;

/// <summary>
/// Reads the update time out of a stamp line (« Dernière mise à jour à 09h05 le 21/05 », « Publié le
/// 12/03/2025 à 14h32, mis à jour à 15h10 »). Times are Paris local time; a date without a year
/// takes the year of the reference date (published_at or the receive time), or the year before when
/// that would put the update in the future.
/// </summary>
public static partial class UpdateStampParser
{
    private static readonly TimeZoneInfo Paris = FindParis();

    public static DateTimeOffset? Parse(string line, DateTimeOffset reference)
    {
        var updateAt = UpdateKeyword().Match(line);
        var searchFrom = updateAt.Success ? updateAt.Index : 0;

        var time = Time().Matches(line).Where(m => m.Index >= searchFrom).LastOrDefault()
                   ?? Time().Matches(line).LastOrDefault();
        var date = NumericDate().Matches(line).LastOrDefault();
        var wordDate = WordDate().Matches(line).LastOrDefault();
        if (time is null && date is null && wordDate is null)
        {
            return null;
        }

        var localRef = TimeZoneInfo.ConvertTime(reference, Paris);
        int day = localRef.Day, month = localRef.Month, year = localRef.Year;
        var yearGiven = false;
        if (date is not null)
        {
            day = int.Parse(date.Groups["d"].Value, CultureInfo.InvariantCulture);
            month = int.Parse(date.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (date.Groups["y"].Success)
            {
                year = NormalizeYear(int.Parse(date.Groups["y"].Value, CultureInfo.InvariantCulture));
                yearGiven = true;
            }
        }
        else if (wordDate is not null)
        {
            day = int.Parse(wordDate.Groups["d"].Value, CultureInfo.InvariantCulture);
            month = MonthNumber(wordDate.Groups["month"].Value);
            if (wordDate.Groups["y"].Success)
            {
                year = int.Parse(wordDate.Groups["y"].Value, CultureInfo.InvariantCulture);
                yearGiven = true;
            }
        }

        var hour = 0;
        var minute = 0;
        if (time is not null)
        {
            hour = int.Parse(time.Groups["h"].Value, CultureInfo.InvariantCulture);
            minute = time.Groups["min"].Success ? int.Parse(time.Groups["min"].Value, CultureInfo.InvariantCulture) : 0;
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59)
        {
            return null;
        }

        var result = ToParisOffset(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified));
        if (!yearGiven && result > reference.AddDays(2) && day <= DateTime.DaysInMonth(year - 1, month))
        {
            result = ToParisOffset(new DateTime(year - 1, month, day, hour, minute, 0, DateTimeKind.Unspecified));
        }

        return result;
    }

    private static DateTimeOffset ToParisOffset(DateTime local) => new(local, Paris.GetUtcOffset(local));

    private static int NormalizeYear(int y) => y < 100 ? 2000 + y : y;

    private static int MonthNumber(string name) => name.ToLowerInvariant() switch
    {
        "janvier" => 1, "février" or "fevrier" => 2, "mars" => 3, "avril" => 4, "mai" => 5, "juin" => 6,
        "juillet" => 7, "août" or "aout" => 8, "septembre" => 9, "octobre" => 10, "novembre" => 11, _ => 12,
    };

    private static TimeZoneInfo FindParis()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        }
        catch (TimeZoneNotFoundException)
        {
            // Minimal containers may lack tzdata; CET without DST is closer than UTC.
            return TimeZoneInfo.CreateCustomTimeZone("CET", TimeSpan.FromHours(1), "CET", "CET");
        }
    }

    [GeneratedRegex(@"mise? à jour|modifié|actualisé|updated", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdateKeyword();

    [GeneratedRegex(@"(?<!\d)(?<h>[01]?\d|2[0-3])\s?(?:h|:)\s?(?<min>[0-5]\d)?(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Time();

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})/(?<m>\d{1,2})(?:/(?<y>\d{4}|\d{2}))?(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})(?:er)?\s+(?<month>janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)(?:\s+(?<y>\d{4}))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WordDate();
}
