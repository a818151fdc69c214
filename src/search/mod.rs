//! Finding people and notes by what a user types: text normalisation for matching and sorting.

mod normalize;

pub use normalize::fold;
