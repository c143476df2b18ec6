using System.ComponentModel.DataAnnotations;
using System.Text;

namespace FaqBot.Core.Validation;

/// <summary>
/// The value is a composite format string (as given to <see cref="string.Format(IFormatProvider, string, object[])"/>)
/// that uses no argument beyond the first <see cref="Arguments"/>: a stray brace or a {1} fails at start-up, not in
/// the middle of a patient's conversation.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class CompositeFormatAttribute(int arguments) : ValidationAttribute
{
    /// <summary>How many arguments the text is formatted with.</summary>
    public int Arguments { get; } = arguments;

    /// <inheritdoc/>
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        if (value is not string text)
        {
            return ValidationResult.Success;
        }

        var member = validationContext.MemberName ?? validationContext.DisplayName;
        string? problem;
        try
        {
            var format = CompositeFormat.Parse(text);
            problem = format.MinimumArgumentCount > Arguments
                ? $"uses {{{format.MinimumArgumentCount - 1}}}, but only {Placeholders()} can be filled in"
                : null;
        }
        catch (FormatException)
        {
            problem = $"is not a valid format: write a literal brace as {{{{ or }}}}, and use only {Placeholders()}";
        }

        return problem is null ? ValidationResult.Success : new ValidationResult($"'{text}' {problem}.", member is null ? null : [member]);
    }

    private string Placeholders() => Arguments switch
    {
        0 => "no placeholder",
        1 => "{0}",
        _ => $"{{0}} to {{{Arguments - 1}}}",
    };
}
