using ZoneBot.Domain;

namespace ZoneBot.Domain.Tests.Calendar;

/// <summary>Working hours over weekends, public holidays and adjusted working days, with the shipped 2026 arrangement.</summary>
public class ZoneCalendarTests
{
    private static readonly ZoneCalendar Calendar = new(new WorkingTimeOptions(), PublicHolidays.Shipped);

    // As appsettings.json ships it: safety capped at 2 h / 24 h, and counted in clock hours.
    private static readonly DeadlinePolicy Policy = new(new DeadlineOptions { Categories = new() { ["safety"] = new() { ResponseHours = 2, HandleHours = 24 } } });

    private static DateTimeOffset At(int month, int day, int hour, int minute = 0, int year = 2026) => new(year, month, day, hour, minute, 0, ZoneTime.Offset);

    [Fact]
    public void Hours_left_on_friday_evening_run_out_on_monday_morning()
    {
        // Friday 4 December 2026, 16:00: 1.5 h that day, 2.5 h from Monday 08:30.
        Assert.Equal(At(12, 7, 11, 0), Calendar.AddWorkingHours(At(12, 4, 16, 0), 4));
    }

    [Fact]
    public void The_lunch_break_and_the_night_do_not_count()
    {
        Assert.Equal(At(12, 1, 14, 30), Calendar.AddWorkingHours(At(12, 1, 11, 0), 2));
        Assert.Equal(At(12, 2, 10, 30), Calendar.AddWorkingHours(At(12, 1, 22, 15), 2));
    }

    [Fact]
    public void The_national_day_holiday_is_skipped_and_the_adjusted_working_saturday_is_worked()
    {
        // Wednesday 30 September 17:00: half an hour, then 1–7 October off; Thursday 8 October is worked.
        Assert.Equal(At(10, 8, 10, 0), Calendar.AddWorkingHours(At(9, 30, 17, 0), 2));
        // Friday 9 October 17:00: Saturday 10 October is an adjusted working day (调休上班).
        Assert.Equal(At(10, 10, 10, 0), Calendar.AddWorkingHours(At(10, 9, 17, 0), 2));
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2026, 10, 10)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2026, 10, 5)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2026, 10, 17)));
    }

    [Fact]
    public void The_spring_festival_is_nine_days_off_with_two_working_saturdays()
    {
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2026, 2, 14)));
        Assert.All(Enumerable.Range(15, 9), day => Assert.False(Calendar.IsWorkingDay(new DateOnly(2026, 2, day))));
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2026, 2, 24)));
        Assert.True(Calendar.IsWorkingDay(new DateOnly(2026, 2, 28)));
    }

    [Fact]
    public void Shipped_files_cover_2026_and_2027_and_only_2027_is_provisional()
    {
        Assert.Equal([2026, 2027], PublicHolidays.Shipped.Years);
        Assert.Equal([2027], PublicHolidays.Shipped.ProvisionalYears);
        Assert.True(PublicHolidays.Shipped.IsHoliday(new DateOnly(2027, 2, 6)));
        Assert.True(PublicHolidays.Shipped.IsHoliday(new DateOnly(2027, 10, 1)));
    }

    [Fact]
    public void A_normal_ticket_filed_friday_evening_is_due_in_working_hours_and_an_urgent_or_safety_one_in_clock_hours()
    {
        var filed = At(12, 4, 17, 12);

        var normal = Policy.Compute(filed, TicketCategory.EnterpriseService, FirmColour.Red, Urgency.Normal);
        var urgent = Policy.Compute(filed, TicketCategory.EnterpriseService, FirmColour.Red, Urgency.Urgent);
        var safety = Policy.Compute(filed, TicketCategory.Safety, FirmColour.Green, Urgency.Normal);

        // Red: 4 h / 24 h. 18 minutes on Friday, the rest from Monday 08:30, past the lunch break; 7.5 h a day.
        Assert.Equal(At(12, 7, 13, 42), normal.ResponseDueAt);
        Assert.Equal(At(12, 10, 9, 42), normal.HandleDueAt);
        Assert.Equal(new TicketDeadlines(filed.AddHours(2), filed.AddHours(12)), urgent);
        Assert.Equal(new TicketDeadlines(filed.AddHours(2), filed.AddHours(24)), safety);
    }

    [Fact]
    public void Working_time_settings_that_cannot_work_are_refused()
    {
        var bad = new DeadlineOptions
        {
            ClockHourCategories = ["fire"],
            WorkingTime = new WorkingTimeOptions { Periods = ["08:30-12:00", "11:00-17:30", "18:00-17:00"] },
        };

        var problems = bad.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(bad)).Select(problem => problem.ErrorMessage).ToList();

        Assert.Contains(problems, problem => problem!.Contains("'fire' is not a category code"));
        Assert.Contains(problems, problem => problem!.Contains("'18:00-17:00'"));
        Assert.Contains(problems, problem => problem!.Contains("must not overlap"));
    }
}
