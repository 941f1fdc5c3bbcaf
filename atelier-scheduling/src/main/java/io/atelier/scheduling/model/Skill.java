package io.atelier.scheduling.model;

/** A skill a worker has at some level and an operation may require, such as welding or spray painting. */
public record Skill(String code) {
}
