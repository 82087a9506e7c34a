/**
 * The analysis recipe: the whole analysis as a declarative, versioned JSON file ({@link
 * org.vagus.analysis.recipe.Recipes}), its model ({@link org.vagus.analysis.recipe.Recipe}) and its errors, which
 * name the JSON path of the offending value ({@link org.vagus.analysis.recipe.RecipeException}). The seed study's
 * analysis is built in ({@link org.vagus.analysis.recipe.Recipes#builtIn()}).
 *
 * @since 0.1.0
 */
package org.vagus.analysis.recipe;
