using System;
using System.Globalization;

namespace Dataset;

/// <summary>An amount of money: a decimal value and an ISO 4217 currency code.</summary>
public readonly struct Money : IEquatable<Money>
{
    private readonly string? _currency;

    /// <summary>Creates an amount of money.</summary>
    /// <param name="value">The amount.</param>
    /// <param name="currency">The ISO 4217 alphabetic code, for example <c>USD</c>.</param>
    public Money(decimal value, string currency)
    {
        if (currency is null)
        {
            throw new ArgumentNullException(nameof(currency));
        }

        if (currency.Length != 3 || !IsUpper(currency[0]) || !IsUpper(currency[1]) || !IsUpper(currency[2]))
        {
            throw new ArgumentException("An ISO 4217 code is three capital letters, such as USD.", nameof(currency));
        }

        Value = value;
        _currency = currency;
    }

    /// <summary>The amount.</summary>
    public decimal Value { get; }

    /// <summary>
    /// The ISO 4217 alphabetic currency code, for example <c>USD</c>; <c>XXX</c> (ISO 4217's "no currency") for
    /// <c>default(Money)</c>.
    /// </summary>
    public string Currency => _currency ?? "XXX";

    /// <summary>Whether both have the same value and currency (<c>3000000000 USD</c> equals <c>3000000000.00 USD</c>).</summary>
    /// <param name="other">The amount to compare with.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(Money other) => Value == other.Value && string.Equals(Currency, other.Currency, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (Value.GetHashCode() * 397) ^ StringComparer.Ordinal.GetHashCode(Currency);

    /// <summary>The amount with thousands separators and the currency code, culture-invariant.</summary>
    /// <returns>For example <c>3,000,000,000 USD</c>.</returns>
    public override string ToString() => Value.ToString("#,0.##", CultureInfo.InvariantCulture) + " " + Currency;

    /// <summary>Whether both have the same value and currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Whether the value or currency differ.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    private static bool IsUpper(char c) => c >= 'A' && c <= 'Z';
}
