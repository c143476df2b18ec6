using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace FaqBot.Server.Configuration;

// Validates an options object's DataAnnotations (and IValidatableObject) the way ValidateDataAnnotations does, but
// walks into nested objects and lists (KnowledgeBase:Boilerplate:ExtraLineRules:0:Pattern) and names every failure
// by its configuration key, so the one line printed at start-up tells the operator exactly what to fix.
public sealed class SectionValidator<TOptions>(string section) : IValidateOptions<TOptions> where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Collect(options, section, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Collect(object value, string prefix, List<string> failures)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(value, new ValidationContext(value), results, validateAllProperties: true);
        failures.AddRange(results.Select(result => Describe(result, prefix)));
        foreach (var property in value.GetType().GetProperties().Where(p => p.CanRead && p.GetIndexParameters().Length == 0))
        {
            var key = $"{prefix}:{property.Name}";
            switch (property.GetValue(value))
            {
                case IDictionary:
                    break; // entries are validated by their owner (ClinicOptions names its locales itself)
                case IEnumerable items and not string:
                    var index = 0;
                    foreach (var item in items)
                    {
                        if (item is not null && IsOurs(item.GetType()))
                        {
                            Collect(item, $"{key}:{index.ToString(CultureInfo.InvariantCulture)}", failures);
                        }

                        index++;
                    }

                    break;
                case { } nested when IsOurs(nested.GetType()):
                    Collect(nested, key, failures);
                    break;
            }
        }
    }

    // Only FaqBot's own option classes are walked; framework types (X509Certificate2, TimeSpan) are leaves.
    private static bool IsOurs(Type type) => type.IsClass && type.Namespace?.StartsWith("FaqBot.", StringComparison.Ordinal) == true;

    // Messages that already name their key (custom ErrorMessage, IValidatableObject) are kept; the default ones
    // ("The field K1 must be between 0 and 3.") get the key in front.
    private static string Describe(ValidationResult result, string prefix)
    {
        var message = result.ErrorMessage ?? "is not valid.";
        if (message.Contains(prefix + ":", StringComparison.Ordinal))
        {
            return message;
        }

        return result.MemberNames.FirstOrDefault() is { } member ? $"{prefix}:{member}: {message}" : $"{prefix}: {message}";
    }
}
