//! Spreadsheet formulas kept from running: a cell a spreadsheet would run is written with a
//! `'` in front, and the `'` is taken off again on reading.

/// Whether a spreadsheet would take `cell` as a formula: it starts (after any spaces) with
/// `=`, `+`, `-` or `@`, or with a tab or a carriage return (OWASP's list). A cell of digits,
/// spaces and `+ - ( ) . , /` alone (a phone number such as `+34 600 000 000`, an amount, a
/// date such as `--05-14`) is not guarded: at worst a spreadsheet does sums with its digits,
/// and it can neither call a function nor name another cell.
fn is_formula(cell: &str) -> bool {
    let rest = cell.trim_start_matches(' ');
    match rest.chars().next() {
        Some('=' | '@' | '\t' | '\r') => true,
        Some('+' | '-') => !is_plain_number(rest),
        _ => false,
    }
}

fn is_plain_number(cell: &str) -> bool {
    cell.chars().any(|c| c.is_ascii_digit())
        && cell
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().,/".contains(c))
}

/// Whether `cell` is written with a guard: a formula, or a cell that would read as a guarded
/// one (`'=x`), so that taking one `'` off on reading always gives the cell back.
fn needs_guard(cell: &str) -> bool {
    is_formula(cell) || cell.strip_prefix('\'').is_some_and(needs_guard)
}

/// The cell as kith writes it: `'` in front of a formula, so a spreadsheet shows it as text.
pub fn guard(cell: &str) -> std::borrow::Cow<'_, str> {
    if needs_guard(cell) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// The cell as it was before [`guard`]; other cells are left as they are.
pub fn unguard(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if needs_guard(rest) => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_guarded_and_phone_numbers_are_not() {
        for formula in [
            "=HYPERLINK(\"http://evil.example\",\"click\")",
            "+cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0",
            "\t=1+1",
            "\r=1+1",
            "  =1+1",
            "-A1",
            "+",
            "'=1+1",
            "''@x",
        ] {
            let guarded = guard(formula);
            assert_eq!(guarded, format!("'{formula}"), "{formula:?}");
            assert_eq!(unguard(&guarded), formula, "{formula:?}");
        }
        for plain in [
            "+34 600 000 000",
            "+1 (555) 010-0100",
            "-12.50",
            "--05-14",
            "1984-05-14",
            "Núria Puig",
            "'quoted",
            "it's = fine",
            "",
            "* wholesale",
        ] {
            assert_eq!(guard(plain), plain, "{plain:?}");
            assert_eq!(unguard(plain), plain, "{plain:?}");
        }
    }

    #[test]
    fn every_cell_reads_back_as_it_was() {
        let pieces = ["=", "+", "-", "@", "'", "\t", "\r", " ", "1", "a", "'="];
        let mut cells = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = cells
                .iter()
                .flat_map(|c| pieces.iter().map(move |p| format!("{c}{p}")))
                .collect();
            cells.extend(longer);
        }
        for cell in &cells {
            assert_eq!(unguard(&guard(cell)), cell, "{cell:?}");
            assert!(!is_formula(&guard(cell)), "{cell:?} is still a formula");
        }
    }
}
