/** A whole number ≥ 0; empty means not yet given. */
export function CountInput({
  label,
  value,
  readOnly,
  onChange,
}: {
  label: string;
  value: number | undefined;
  readOnly: boolean;
  onChange(value: number | undefined): void;
}) {
  return (
    <label className="count-field">
      {label}
      <input
        type="number"
        min={0}
        step={1}
        value={value ?? ''}
        disabled={readOnly}
        onChange={(e) => onChange(e.target.value === '' ? undefined : Math.max(0, Math.trunc(Number(e.target.value)) || 0))}
      />
    </label>
  );
}
