using System.ComponentModel.DataAnnotations;
using ZoneBot.Domain;

namespace ZoneBot.Domain.Tests.Tickets;

public class DeadlineOptionsTests
{
    [Fact]
    public void The_defaults_are_valid()
    {
        Assert.Empty(Errors(new DeadlineOptions()));
    }

    [Theory]
    [InlineData(0, 24)]
    [InlineData(-4, 24)]
    [InlineData(4, 0)]
    [InlineData(double.NaN, 24)]
    public void Hours_must_be_positive(double response, double handle)
    {
        var options = new DeadlineOptions { Red = new() { ResponseHours = response, HandleHours = handle } };

        Assert.Contains(Errors(options), error => error.Contains("Deadlines:Red", StringComparison.Ordinal));
    }

    [Fact]
    public void The_response_cannot_be_due_after_the_handling()
    {
        var options = new DeadlineOptions { Red = new() { ResponseHours = 30, HandleHours = 24 } };

        Assert.NotEmpty(Errors(options));
    }

    [Fact]
    public void A_red_firm_cannot_get_more_time_than_a_green_one()
    {
        var options = new DeadlineOptions { Red = new() { ResponseHours = 48, HandleHours = 200 } };

        Assert.Contains(Errors(options), error => error.Contains("Deadlines:Red cannot give more hours", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1.5)]
    public void The_urgent_factor_must_shorten_or_keep(double factor)
    {
        Assert.NotEmpty(Errors(new DeadlineOptions { UrgentFactor = factor }));
    }

    [Fact]
    public void A_category_must_be_known_by_its_code_and_give_positive_hours()
    {
        var options = new DeadlineOptions
        {
            Categories = new()
            {
                ["fire"] = new() { ResponseHours = 1 },
                ["safety"] = new() { HandleHours = -1 },
                ["environment"] = new(),
            },
        };

        var errors = Errors(options);

        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, error => error.Contains("Categories:fire", StringComparison.Ordinal));
    }

    private static List<string> Errors(DeadlineOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(result => result.ErrorMessage ?? string.Empty)];
    }
}
