export default defineBackground(() => {
  // Handlers are registered here as the vault, fill and backup modules arrive.
});
