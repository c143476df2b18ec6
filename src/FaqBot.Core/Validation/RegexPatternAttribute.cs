using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace FaqBot.Core.Validation;

/// <summary>The value, when set, is a .NET regular expression that compiles.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RegexPatternAttribute : ValidationAttribute
{
    /// <inheritdoc/>
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        if (value is not string { Length: > 0 } pattern)
        {
            return ValidationResult.Success;
        }

        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            return ValidationResult.Success;
        }
        catch (ArgumentException ex)
        {
            var member = validationContext.MemberName ?? validationContext.DisplayName;
            return new ValidationResult($"'{pattern}' is not a regular expression: {ex.Message}", member is null ? null : [member]);
        }
    }
}
