//! Every colour and style the notebook screen uses, in one place: one style per role (the
//! functions below), from the preset the config's `[theme]` names (`dark`, the default, or
//! `light`) and its lines (`overdue = "magenta"`, `selected = "black on yellow"`), built once at
//! start (`custom.rs`). Nothing is said by colour alone: each role that means something has a
//! modifier too, or a mark in the text; with NO_COLOR set no colour is used at all, and
//! reverse video, bold and underline say it (`Theme::without_colour`).

mod custom;

pub use custom::{PRESETS, install, toml_lines};
use ratatui::style::{Color, Modifier, Style};
use std::sync::OnceLock;

/// What a style is for; its name in the config is the kebab-case of the variant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Title,
    Border,
    FocusedBorder,
    Selected,
    SelectedUnfocused,
    Dim,
    Label,
    Overdue,
    Amount,
    Error,
    Info,
    Key,
    FieldFocused,
    Cursor,
    Matched,
}

impl Role {
    pub const ALL: [Role; 15] = [
        Role::Title,
        Role::Border,
        Role::FocusedBorder,
        Role::Selected,
        Role::SelectedUnfocused,
        Role::Dim,
        Role::Label,
        Role::Overdue,
        Role::Amount,
        Role::Error,
        Role::Info,
        Role::Key,
        Role::FieldFocused,
        Role::Cursor,
        Role::Matched,
    ];

    /// The role's name in the config: `focused-border`.
    pub fn name(self) -> String {
        crate::tui::config_lines::kebab(&format!("{self:?}"))
    }
}

/// A style for every role.
#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    styles: [Style; 15],
}

impl Theme {
    /// The `dark` preset: for a dark terminal, in the 16 colours every terminal has.
    pub fn dark() -> Theme {
        let bold = Modifier::BOLD;
        let styles = [
            Style::new().add_modifier(bold),
            Style::new().fg(Color::DarkGray),
            Style::new().fg(Color::Cyan),
            Style::new()
                .fg(Color::Black)
                .bg(Color::Cyan)
                .add_modifier(bold),
            Style::new().add_modifier(Modifier::REVERSED),
            Style::new().fg(Color::DarkGray),
            Style::new().fg(Color::Gray),
            Style::new().fg(Color::Red).add_modifier(bold),
            Style::new().fg(Color::Green),
            Style::new()
                .fg(Color::White)
                .bg(Color::Red)
                .add_modifier(bold),
            Style::new().fg(Color::Black).bg(Color::Green),
            Style::new().fg(Color::Cyan).add_modifier(bold),
            Style::new().fg(Color::Yellow).add_modifier(bold),
            Style::new().add_modifier(Modifier::REVERSED),
            Style::new()
                .fg(Color::Yellow)
                .add_modifier(bold | Modifier::UNDERLINED),
        ];
        Theme { styles }
    }

    /// The `light` preset: the dark one with the colours that fade on a light background
    /// (cyan, yellow, light gray) made darker.
    pub fn light() -> Theme {
        let mut theme = Theme::dark();
        let mut recolour = |role, fg: Option<Color>, bg: Option<Color>| {
            let style = theme.get(role);
            let style = match fg {
                Some(fg) => style.fg(fg),
                None => style,
            };
            theme.set(role, bg.map_or(style, |bg| style.bg(bg)));
        };
        recolour(Role::Border, Some(Color::Gray), None);
        recolour(Role::FocusedBorder, Some(Color::Blue), None);
        recolour(Role::Selected, Some(Color::White), Some(Color::Blue));
        recolour(Role::Label, Some(Color::DarkGray), None);
        recolour(Role::Amount, Some(Color::Green), None);
        recolour(Role::Info, Some(Color::White), Some(Color::Green));
        recolour(Role::Key, Some(Color::Blue), None);
        recolour(Role::FieldFocused, Some(Color::Magenta), None);
        recolour(Role::Matched, Some(Color::Magenta), None);
        theme
    }

    pub fn get(&self, role: Role) -> Style {
        self.styles[role as usize]
    }

    pub fn set(&mut self, role: Role, style: Style) {
        self.styles[role as usize] = style;
    }

    /// The same theme with no colour (NO_COLOR): what a colour said, a modifier says.
    pub fn without_colour(&self) -> Theme {
        let mut plain = self.clone();
        for role in Role::ALL {
            let style = self.get(role);
            let kept = Style::new()
                .add_modifier(style.add_modifier)
                .remove_modifier(style.sub_modifier);
            let said = match role {
                Role::Selected | Role::Error => Modifier::REVERSED | Modifier::BOLD,
                Role::Info | Role::Cursor | Role::SelectedUnfocused => Modifier::REVERSED,
                Role::FocusedBorder | Role::Key | Role::Overdue | Role::Title => Modifier::BOLD,
                Role::FieldFocused | Role::Matched => Modifier::BOLD | Modifier::UNDERLINED,
                Role::Border | Role::Dim | Role::Label | Role::Amount => Modifier::empty(),
            };
            plain.set(role, kept.add_modifier(said));
        }
        plain
    }
}

static THEME: OnceLock<Theme> = OnceLock::new();

/// The theme in force: the one [`install`]ed at start, else the dark preset.
pub fn current() -> &'static Theme {
    THEME.get_or_init(Theme::dark)
}

pub fn title() -> Style {
    current().get(Role::Title)
}

pub fn border(focused: bool) -> Style {
    current().get(if focused {
        Role::FocusedBorder
    } else {
        Role::Border
    })
}

/// The selected row of the focused pane.
pub fn selected() -> Style {
    current().get(Role::Selected)
}

/// The selected row of a pane that does not have the focus.
pub fn selected_unfocused() -> Style {
    current().get(Role::SelectedUnfocused)
}

pub fn dim() -> Style {
    current().get(Role::Dim)
}

pub fn label() -> Style {
    current().get(Role::Label)
}

/// The marker for an overdue follow-up or a lapsed keep-in-touch cadence.
pub fn overdue() -> Style {
    current().get(Role::Overdue)
}

pub fn amount() -> Style {
    current().get(Role::Amount)
}

pub fn error() -> Style {
    current().get(Role::Error)
}

pub fn info() -> Style {
    current().get(Role::Info)
}

pub fn key() -> Style {
    current().get(Role::Key)
}

pub fn field_focused() -> Style {
    current().get(Role::FieldFocused)
}

pub fn cursor() -> Style {
    current().get(Role::Cursor)
}

/// The characters a search matched.
pub fn matched() -> Style {
    current().get(Role::Matched)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_colour_no_style_has_a_colour_and_the_selection_is_reversed() {
        for theme in [Theme::dark(), Theme::light()] {
            let plain = theme.without_colour();
            for role in Role::ALL {
                let style = plain.get(role);
                assert_eq!((style.fg, style.bg), (None, None), "{role:?}");
            }
            assert!(
                plain
                    .get(Role::Selected)
                    .add_modifier
                    .contains(Modifier::REVERSED)
            );
            assert!(
                plain
                    .get(Role::Matched)
                    .add_modifier
                    .contains(Modifier::UNDERLINED)
            );
        }
        assert_eq!(Role::FocusedBorder.name(), "focused-border");
    }
}
