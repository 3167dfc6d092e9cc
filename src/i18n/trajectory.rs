//! Texts of the Trajectory part.

pub struct Trajectory {
    pub title: &'static str,
}

pub const NL: Trajectory = Trajectory { title: "Traject" };

pub const EN: Trajectory = Trajectory { title: "Trajectory" };
